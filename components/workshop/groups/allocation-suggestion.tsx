'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { TGroupSuggestion } from '@/lib/contracts/workshop';
import { sendJson } from '../../ui/api-client';
import { Button } from '../../ui/button';
import { DataTable } from '../../ui/data-table';

/** Asks the server for a balanced allocation, shows it with question totals per group, and applies it on request. */
export function AllocationSuggestion({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations('workshop');
  const router = useRouter();
  const [suggestion, setSuggestion] = useState<TGroupSuggestion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const base = `/api/assessments/${assessmentId}/groups`;

  async function suggest() {
    setPending(true);
    try {
      const res = await fetch(`${base}/suggestion`);
      const data = (await res.json()) as TGroupSuggestion & { error?: string };
      if (!res.ok) throw new Error(data.error ?? t('serverAnswered', { status: res.status }));
      setSuggestion(data);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : t('unreachable'));
    } finally {
      setPending(false);
    }
  }

  async function apply(s: TGroupSuggestion) {
    setPending(true);
    const res = await sendJson(`${base}/allocation`, 'PUT', {
      allocation: s.placements.map((p) => ({ areaId: p.id, groupId: p.groupId })),
    });
    setPending(false);
    if (!res.ok) return setError(res.error);
    setSuggestion(null);
    setError(null);
    router.refresh();
  }

  return (
    <section
      aria-labelledby="suggestion-heading"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id="suggestion-heading" className="font-semibold">
        {t('balanced')}
      </h3>
      <p className="text-sm text-slate-700">{t('balancedIntro')}</p>
      <div>
        <Button variant="secondary" onClick={() => void suggest()} disabled={pending}>
          {t('suggest')}
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div aria-live="polite">
        {suggestion && suggestion.totals.length === 0 && <p className="text-sm">{t('createGroupFirst')}</p>}
        {suggestion && suggestion.totals.length > 0 && (
          <div className="grid gap-3">
            <ul className="grid gap-1 text-sm" aria-label={t('questionsPerGroup')}>
              {suggestion.totals.map((total) => (
                <li key={total.groupId}>
                  <strong>{total.groupName}</strong>:{' '}
                  {t('areasQuestions', { areas: total.areas, questions: total.questions })}
                </li>
              ))}
            </ul>
            <DataTable
              caption={t('suggested')}
              captionHidden
              rows={suggestion.placements}
              rowKey={(p) => p.id}
              columns={[
                {
                  key: 'area',
                  header: t('area'),
                  rowHeader: true,
                  sortValue: (p) => suggestion.placements.indexOf(p),
                  cell: (p) => p.label,
                },
                { key: 'questions', header: t('questions'), numeric: true, cell: (p) => p.questions },
                {
                  key: 'group',
                  header: t('group'),
                  sortValue: (p) => p.groupName,
                  cell: (p) => (
                    <>
                      {p.groupName}
                      {p.byExpertise && <span className="block text-xs text-slate-600">{t('byExpertise')}</span>}
                    </>
                  ),
                },
              ]}
            />
            <div className="flex gap-2">
              <Button onClick={() => void apply(suggestion)} disabled={pending}>
                {t('apply')}
              </Button>
              <Button variant="secondary" onClick={() => setSuggestion(null)}>
                {t('dismiss')}
              </Button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
