'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { kpiSelectionCriteria } from '@/lib/idg/process';

/**
 * The guide's quality criteria for selecting KPIs (Part III step 3), each ticked when the KPI
 * meets it, with the count met kept up to date while ticking.
 */
export function KpiCriteriaCheck({
  credited,
  canEdit,
  idPrefix,
}: {
  credited: string[];
  canEdit: boolean;
  idPrefix: string;
}) {
  const t = useTranslations('plan');
  const [ticked, setTicked] = useState(() => new Set(credited));
  const toggle = (id: string, on: boolean) =>
    setTicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const countId = `${idPrefix}-criteria-count`;
  return (
    <fieldset className="grid gap-1 rounded border border-slate-200 p-2" aria-describedby={countId}>
      <legend className="px-1 text-sm font-medium">{t('criteriaLegend')}</legend>
      <p className="text-xs text-slate-600">{t('criteriaIntro')}</p>
      <ul className="grid gap-1">
        {kpiSelectionCriteria.map((c) => (
          <li key={c.id}>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="criteria"
                value={c.id}
                className="mt-1"
                checked={ticked.has(c.id)}
                onChange={(e) => toggle(c.id, e.target.checked)}
                disabled={!canEdit}
              />
              <span>
                <strong>{c.title}</strong>, {c.description}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p id={countId} className="text-sm font-medium" role="status">
        {t('criteriaMet', { met: ticked.size, of: kpiSelectionCriteria.length })}
      </p>
    </fieldset>
  );
}
