'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useMemo, useState } from 'react';
import { factorDocName } from '@/lib/collab/doc-names';
import type { TAnswerStatus } from '@/lib/collab/layout';
import { useCollabDoc } from '@/lib/collab/use-collab-doc';
import { userColor } from '@/lib/collab/user-color';
import type { TEffectiveArea } from '@/lib/domain/checklist/checklist-adaptation';
import { areaTitle, withOfficialTitles } from '@/lib/i18n/guide-words';
import { areaQuestions } from '@/lib/idg/checklist-labels';
import { AreaHeading } from './area-heading';
import { ChecklistSection } from './checklist-section';
import { isAnswered, setQuestionStatus, useChecklistSnapshot } from './checklist-store';
import { ConnectionStatus } from './connection-status';
import { OfflineSupport } from './offline-support';
import { usePresence, useQuestionAnnouncer } from './presence';
import { ProgressMeter } from './progress-meter';
import { QuestionFilter, type TQuestionFilter, passesFilter } from './question-filter';
import { useNow } from './relative-time';
import { useUnsavedChangesWarning } from './use-unsaved-warning';

const OFFLINE = { offline: true };

type TLiveChecklistAreaProps = {
  assessmentId: string;
  /** The area in the assessment's effective checklist (hidden questions left out, added ones in). */
  area: TEffectiveArea;
  user: { id: string; name: string };
  /** Whether this member may answer (the sync server decides again and drops a reader's updates). */
  canEdit: boolean;
  /** The assessment's official titles of this area in the member's language (guideWords keys), if any. */
  officialTitles: Readonly<Record<string, string>>;
};

/** An area's checklist, answered together live: one document for the area, one editor per question. */
export function LiveChecklistArea({
  assessmentId,
  area,
  user: { id, name },
  canEdit,
  officialTitles,
}: TLiveChecklistAreaProps) {
  const t = useTranslations('checklist');
  const tg = withOfficialTitles(useTranslations('guideWords'), officialTitles);
  const user = useMemo(() => ({ id, name, color: userColor(id) }), [id, name]);
  // Kept in this browser too, so that a reload without a network still shows the answers.
  const session = useCollabDoc(factorDocName(assessmentId, area.id), user, OFFLINE);
  const { doc, provider } = session;
  const awareness = provider?.awareness ?? null;
  const keys = useMemo(() => areaQuestions(area).map((q) => q.key), [area]);
  const snapshot = useChecklistSnapshot(doc, keys);
  const presence = usePresence(awareness, id);
  const announce = useQuestionAnnouncer(awareness);
  const now = useNow(30_000);
  const [filter, setFilter] = useState<TQuestionFilter>('all');
  const [focusedKey, setFocusedKey] = useState<string | null>(null);

  // Once the server has stopped us, typing would only pile up changes it will never take.
  const editable = canEdit && session.status !== 'closed';
  useUnsavedChangesWarning(session.unsynced > 0);

  const onFocusChange = useCallback(
    (key: string, focused: boolean) => {
      setFocusedKey((current) => (focused ? key : current === key ? null : current));
      announce(focused ? key : null);
    },
    [announce],
  );
  const onStatusChange = useCallback(
    (key: string, value: TAnswerStatus | null) => doc && setQuestionStatus(doc, key, value),
    [doc],
  );

  const facts = keys.map((key) => {
    const state = snapshot[key];
    return {
      key,
      answered: isAnswered(state),
      actionRequired: state?.status === 'action-required',
      mine: state?.lastEdit?.userId === id,
    };
  });
  const counts = {
    all: facts.length,
    unanswered: facts.filter((f) => passesFilter('unanswered', f)).length,
    'action-required': facts.filter((f) => passesFilter('action-required', f)).length,
    mine: facts.filter((f) => passesFilter('mine', f)).length,
  };
  // The question being typed in stays, even when typing makes it leave the filter.
  const shown = new Set(facts.filter((f) => f.key === focusedKey || passesFilter(filter, f)).map((f) => f.key));
  const binding = doc && awareness ? { doc, awareness, user } : null;

  return (
    <article aria-labelledby="area-title">
      <OfflineSupport userId={id} />
      <AreaHeading area={area} officialTitles={officialTitles} />
      <div className="z-10 mb-4 grid gap-2 border-b border-slate-200 bg-slate-50 sm:sticky sm:top-[var(--live-strip-height,0px)] py-2">
        <ConnectionStatus session={session} readOnly={!canEdit} />
        {!canEdit && <p className="text-sm font-medium text-slate-700">{t('readOnlyNotice')}</p>}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <ProgressMeter label={t('progressOfArea')} answered={counts.all - counts.unanswered} total={counts.all} />
          <QuestionFilter value={filter} counts={counts} onChange={setFilter} />
        </div>
      </div>
      {shown.size === 0 && <p className="mb-4 text-sm text-slate-700">{t('noMatch')}</p>}
      {area.sections.map((section, i) => (
        <ChecklistSection
          key={section.code ?? i}
          section={section}
          areaId={area.id}
          areaTitle={areaTitle(tg, area)}
          officialTitles={officialTitles}
          snapshot={snapshot}
          presence={presence}
          shown={shown}
          binding={binding}
          editable={editable}
          now={now}
          selfId={id}
          onStatusChange={onStatusChange}
          onFocusChange={onFocusChange}
        />
      ))}
    </article>
  );
}
