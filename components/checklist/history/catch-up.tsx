'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, createContext, useContext, useMemo, useState } from 'react';
import type { TAreaChangesResponse, TQuestionChange, TQuestionDiffResponse } from '@/lib/contracts/history';
import { useFormat } from '@/lib/i18n/client';
import type { TTranslate } from '@/lib/i18n/messages';
import { fetchJson } from '../../ui/query-fetch';
import { queryKeys } from '../../ui/query-keys';
import { CatchUpSummary, useCatchUpRead } from '../../history/catch-up-summary';
import { DiffView } from '../../history/diff-view';

// "Changed since your last visit" on an area's page: what others changed in its answers and
// evaluations since the member last marked the area seen (their first visit sets the start), a
// summary at the top, and on each changed question who changed it and, on request, its text with
// insertions and deletions marked by author.

type TCatchUp = {
  assessmentId: string;
  changeOf: (questionKey: string) => TQuestionChange | undefined;
};

const CatchUpContext = createContext<TCatchUp | null>(null);

/** The catch-up of one question, when the page has one. */
export function useCatchUp(): TCatchUp | null {
  return useContext(CatchUpContext);
}

type TCatchUpProps = {
  assessmentId: string;
  areaId: string;
  /** Each question's label (`12`, `A1`), by key. */
  labels: Record<string, string>;
  children: ReactNode;
};

/** Loads what changed in the area since the member's last visit, shows its summary, and offers it to the questions. */
export function CatchUpProvider({ assessmentId, areaId, labels, children }: TCatchUpProps) {
  const t = useTranslations('history');
  const f = useFormat();
  const { data, note, markSeen } = useCatchUpRead<TAreaChangesResponse>(
    queryKeys.areaChanges(assessmentId, areaId),
    `/api/assessments/${assessmentId}/areas/${areaId}/changes`,
  );
  const value = useMemo<TCatchUp>(
    () => ({ assessmentId, changeOf: (key) => data?.changes.find((c) => c.questionKey === key) }),
    [assessmentId, data],
  );
  const changes = data?.changes ?? [];
  return (
    <CatchUpContext.Provider value={value}>
      {data?.since && (
        <CatchUpSummary
          since={data.since}
          note={note}
          count={changes.length > 0 ? t('catchUpCount', { n: changes.length }) : null}
          onMarkSeen={() => void markSeen()}
        >
          {changes.map((c) => (
            <li key={c.questionKey}>
              <a href={`#q-${c.questionKey}`} className="text-brand-700 underline">
                {t('catchUpItem', { n: labels[c.questionKey] ?? c.questionKey })}
              </a>{' '}
              ({what(c, t)}) {t('byPeople', { names: f.list(c.by.map((p) => p.name)) || t('someone') })},{' '}
              {f.dateTime(c.at)}
            </li>
          ))}
        </CatchUpSummary>
      )}
      {children}
    </CatchUpContext.Provider>
  );
}

function what(c: TQuestionChange, t: TTranslate<'history'>): string {
  return [c.answer && t('whatAnswer'), c.evaluation && t('whatEvaluation')].filter(Boolean).join(', ');
}

/** On a changed question: who changed it since the member's last visit, and its changes marked on request. */
export function QuestionChangeBadge({ questionKey, label }: { questionKey: string; label: string }) {
  const t = useTranslations('history');
  const f = useFormat();
  const catchUp = useCatchUp();
  const change = catchUp?.changeOf(questionKey);
  const [open, setOpen] = useState(false);
  const assessmentId = catchUp?.assessmentId ?? '';
  const { data: diff, error } = useQuery({
    queryKey: queryKeys.questionChanges(assessmentId, questionKey),
    queryFn: () =>
      fetchJson<TQuestionDiffResponse>(
        `/api/assessments/${assessmentId}/questions/${encodeURIComponent(questionKey)}/changes`,
      ),
    enabled: open && change !== undefined,
  });
  if (!catchUp || !change) return null;
  const panelId = `changes-${questionKey}`;

  return (
    <div className="mt-2 rounded border border-brand-200 bg-brand-50 px-2 py-1 text-xs">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span>{t('changedBadge', { names: f.list(change.by.map((p) => p.name)) || t('someone') })}</span>
        <button
          type="button"
          className="rounded border border-brand-600 bg-white px-2 py-0.5 hover:bg-brand-100"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('hideChanges') : t('showChanges')}
        </button>
      </div>
      {open && (
        <div id={panelId} className="mt-2 rounded border border-slate-200 bg-white p-2">
          {error ? (
            <p role="alert" className="text-red-800">
              {error.message}
            </p>
          ) : diff ? (
            <DiffView blocks={diff.blocks} people={diff.people} label={t('changesOf', { n: label })} />
          ) : (
            <p>{t('loading')}</p>
          )}
        </div>
      )}
    </div>
  );
}
