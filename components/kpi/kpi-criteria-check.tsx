'use client';

import { useTranslations } from 'next-intl';
import { kpiCriterionWords } from '@/lib/i18n/guide-words';
import { kpiSelectionCriteria } from '@/lib/idg/process';
import type { TKpiForm } from './kpi-form';

/**
 * The guide's quality criteria for selecting KPIs (Part III step 3), each ticked when the KPI
 * meets it, with the count met kept up to date while ticking.
 */
export function KpiCriteriaCheck({ form, canEdit, idPrefix }: { form: TKpiForm; canEdit: boolean; idPrefix: string }) {
  const t = useTranslations('plan');
  const tg = useTranslations('guideWords');
  const ticked = form.watch('criteria') ?? [];
  const countId = `${idPrefix}-criteria-count`;
  return (
    <fieldset className="grid gap-1 rounded border border-slate-200 p-2" aria-describedby={countId}>
      <legend className="px-1 text-sm font-medium">{t('criteriaLegend')}</legend>
      <p className="text-xs text-slate-600">{t('criteriaIntro')}</p>
      <ul className="grid gap-1">
        {kpiSelectionCriteria.map((c) => {
          const { title, description } = kpiCriterionWords(tg, c);
          return (
            <li key={c.id}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  value={c.id}
                  className="mt-1"
                  {...form.register('criteria')}
                  disabled={!canEdit}
                />
                <span>
                  <strong>{title}</strong>, {description}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p id={countId} className="text-sm font-medium" role="status">
        {t('criteriaMet', { met: ticked.length, of: kpiSelectionCriteria.length })}
      </p>
    </fieldset>
  );
}
