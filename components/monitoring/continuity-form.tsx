'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { sendJson } from '@/components/ui/api-client';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import { CONTINUITY_DECISIONS, type TContinuityDecision } from '@/lib/domain/monitoring/plan-continuity';
import type { TNewPlan } from '@/lib/contracts/review';
import { CLOSED_STATUSES, type TActivityStatus } from '@/lib/domain/monitoring/monitoring-types';

type TActivity = {
  id: string;
  number: string;
  title: string;
  status: TActivityStatus;
  decision: TContinuityDecision | null;
  variation: string;
};

/** Sorts one activity of the previous plan: continued, varied (saying what changes) or not carried. */
export function ContinuityForm({ assessmentId, activity }: { assessmentId: string; activity: TActivity }) {
  const t = useTranslations('monitoring');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/review').then((m) => m.ZContinuitySchema),
    defaultValues: {
      activityId: activity.id,
      // Not sorted yet: offered as the start form offers it, open ones continued, closed ones not.
      decision: activity.decision ?? (CLOSED_STATUSES.has(activity.status) ? 'dropped' : 'continued'),
      variation: activity.variation,
    },
    send: (values) => sendJson<TNewPlan>(`/api/assessments/${assessmentId}/review-round/continuity`, 'PUT', values),
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const prefix = `continuity-${activity.id}`;
  const varied = form.watch('decision') === 'varied';

  return (
    <form {...formProps} onChange={() => setSaved(false)} className="rounded-md border border-slate-300 p-2">
      <FormError message={formError} />
      <fieldset>
        <legend className="text-sm font-semibold">
          {t('newPlan.sortLegend', { number: activity.number, title: activity.title })}
        </legend>
        <div className="flex flex-wrap gap-3 text-sm">
          {CONTINUITY_DECISIONS.map((d) => (
            <label key={d} className="flex items-center gap-1">
              <input type="radio" value={d} {...form.register('decision')} />
              {t(`newPlan.decision.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {varied && (
        <FormField form={form} name="variation" id={`${prefix}-variation`} label={t('newPlan.variation')}>
          {(control) => <textarea {...control} rows={2} className={inputClass} />}
        </FormField>
      )}
      <div className="mt-1 flex items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t('newPlan.saving') : t('newPlan.save')}
        </Button>
        <span role="status" className="text-sm text-green-800">
          {saved ? t('newPlan.saved') : ''}
        </span>
      </div>
    </form>
  );
}
