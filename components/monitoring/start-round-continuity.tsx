'use client';

import { useTranslations } from 'next-intl';
import type { UseFormReturn } from 'react-hook-form';
import { inputClass } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { CONTINUITY_DECISIONS } from '@/lib/domain/monitoring/plan-continuity';
import type { TStartRoundInput } from '@/lib/contracts/monitoring';
import type { TActivityStatus } from '@/lib/domain/monitoring/monitoring-types';
import { statusLabel } from './labels';

/** An activity of the plan a round starts from, as the start form offers it. */
export type TRoundActivity = { id: string; number: string; title: string; status: TActivityStatus };

/**
 * At the start of a round, how the new plan takes up each activity of this plan: continued,
 * varied (saying what changes) or not carried; one radio group per activity, in the form's
 * `continuity` list in the activities' order.
 */
export function StartRoundContinuity({
  form,
  activities,
}: {
  form: UseFormReturn<TStartRoundInput>;
  activities: readonly TRoundActivity[];
}) {
  const t = useTranslations('monitoring');
  const decisions = form.watch('continuity') ?? [];
  return (
    <fieldset className="rounded-md border border-slate-300 p-2">
      <legend className="px-1 text-sm font-semibold">{t('newPlan.startTitle')}</legend>
      <p className="mb-2 text-sm text-slate-700">{t('newPlan.startHint')}</p>
      <div className="space-y-2">
        {activities.map((a, i) => (
          <fieldset key={a.id} data-testid={`start-continuity-${a.number}`}>
            <legend className="text-sm">
              {t('newPlan.sortLegend', { number: a.number, title: a.title })} ({statusLabel(t, a.status)})
            </legend>
            <div className="flex flex-wrap gap-3 text-sm">
              {CONTINUITY_DECISIONS.map((d) => (
                <label key={d} className="flex items-center gap-1">
                  <input type="radio" value={d} {...form.register(`continuity.${i}.decision`)} />
                  {t(`newPlan.decision.${d}`)}
                </label>
              ))}
            </div>
            {decisions[i]?.decision === 'varied' && (
              <FormField
                form={form}
                name={`continuity.${i}.variation`}
                id={`start-variation-${a.id}`}
                label={t('newPlan.variation')}
              >
                {(control) => <textarea {...control} rows={2} className={inputClass} />}
              </FormField>
            )}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
