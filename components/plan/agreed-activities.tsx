'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { addPlanRow, newPlanRowId } from '@/lib/collab/plan-layout';
import type { TAgreedActivity } from '@/lib/contracts/plan';
import { usePlanContext } from './plan-context';

type TAgreedActivitiesProps = {
  agreed: readonly TAgreedActivity[];
  placed: ReadonlyMap<string, string[]>;
  objectives: { id: string; label: string }[];
};

/** The activities agreed in prioritisation that are not in the plan yet, each to drop under an objective. */
export function AgreedActivities({ agreed, placed, objectives }: TAgreedActivitiesProps) {
  const t = useTranslations('plan');
  const tp = useTranslations('prioritisation');
  const { doc, user, editable } = usePlanContext();
  const id = useId();
  const open = agreed.filter((a) => !placed.has(a.id));
  const [objectiveId, setObjectiveId] = useState('');
  const target = objectives.some((o) => o.id === objectiveId) ? objectiveId : (objectives[0]?.id ?? '');
  const add = (e: FormEvent, candidate: TAgreedActivity) => {
    e.preventDefault();
    if (!target) return;
    addPlanRow(
      doc,
      { id: newPlanRowId(), kind: 'activity', parentId: target, candidateId: candidate.id, title: candidate.title },
      user,
    );
  };
  return (
    <section aria-labelledby={`${id}-h`} className="grid gap-2 rounded-md border border-slate-200 bg-white p-3">
      <h3 id={`${id}-h`} className="font-semibold">
        {t('addAgreed', { n: open.length })}
      </h3>
      {agreed.length === 0 && <p className="text-sm text-slate-600">{t('noAgreed')}</p>}
      {agreed.length > 0 && open.length === 0 && <p className="text-sm text-slate-600">{t('allPlaced')}</p>}
      {editable && open.length > 0 && (
        <label className="grid gap-1 text-sm">
          {t('addUnder')}
          <select
            className={inputClass}
            value={target}
            onChange={(e) => setObjectiveId(e.target.value)}
            disabled={objectives.length === 0}
          >
            {objectives.length === 0 && <option value="">{t('addObjectiveFirst')}</option>}
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <ul className="grid gap-2">
        {open.map((a) => (
          <li key={a.id} className="rounded border border-slate-200 p-2 text-sm">
            <form onSubmit={(e) => add(e, a)} className="flex flex-wrap items-center justify-between gap-2">
              <span>
                <strong>{a.title}</strong> · {t('agreedLine', { priority: tp(`agreed.${a.priority}`).toLowerCase() })}
                {a.sources.length > 0 && t('fromSources', { sources: a.sources.join(', ') })}
              </span>
              {editable && (
                <Button
                  type="submit"
                  variant="secondary"
                  disabled={!target}
                  aria-label={t('addToPlan', { title: a.title })}
                >
                  {t('add')}
                </Button>
              )}
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
