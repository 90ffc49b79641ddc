'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { sendJson } from '@/components/ui/api-client';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import type { TStartRoundResponse } from '@/lib/contracts/monitoring';
import { CLOSED_STATUSES } from '@/lib/domain/monitoring/monitoring-types';
import { StartRoundContinuity, type TRoundActivity } from './start-round-continuity';

/**
 * Starts the review round from this assessment: answers carried over by choice, and each activity
 * of the plan continued, varied or not carried (open ones continued, closed ones not, by default).
 */
export function StartRoundForm({
  assessmentId,
  defaultTitle,
  activities,
}: {
  assessmentId: string;
  defaultTitle: string;
  activities: readonly TRoundActivity[];
}) {
  const t = useTranslations('monitoring');
  const [created, setCreated] = useState<string | null>(null);
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/monitoring').then((m) => m.ZStartRoundSchema),
    defaultValues: {
      title: defaultTitle,
      carryAnswers: true,
      carryActivities: true,
      continuity: activities.map((a) => ({
        activityId: a.id,
        decision: CLOSED_STATUSES.has(a.status) ? ('dropped' as const) : ('continued' as const),
        variation: '',
      })),
    },
    send: (values) => sendJson<TStartRoundResponse>(`/api/assessments/${assessmentId}/review-round`, 'POST', values),
    onSuccess: (data) => setCreated(data.assessmentId),
  });

  return (
    <form {...formProps} className="space-y-3">
      <FormError message={formError} />
      <FormField form={form} name="title" id="round-title" label={t('fieldTitle')}>
        {(control) => <input {...control} className={`${inputClass} max-w-md`} required />}
      </FormField>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" {...form.register('carryAnswers')} className="mt-1" />
        {t('carryAnswers')}
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" {...form.register('carryActivities')} className="mt-1" />
        {t('carryActivities')}
      </label>
      {form.watch('carryActivities') && activities.length > 0 && (
        <StartRoundContinuity form={form} activities={activities} />
      )}
      <Button type="submit" disabled={pending || created !== null}>
        {pending ? t('starting') : t('startRound')}
      </Button>
      <div role="status" aria-live="polite" className="text-sm">
        {created && (
          <p className="text-green-800">
            {t.rich('roundStartedOpen', {
              link: (chunks) => (
                <Link href={`/assessments/${created}/review`} className="font-semibold text-brand-700 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
      </div>
    </form>
  );
}
