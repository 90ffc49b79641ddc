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
import type { TReviewIndicatorRecord } from '@/lib/contracts/review-indicators';
import { INDICATOR_DIRECTIONS, type TReviewIndicatorId } from '@/lib/domain/monitoring/review-indicators';
import { directionLabel } from './labels';

type TProps = {
  assessmentId: string;
  indicatorId: TReviewIndicatorId;
  /** What this round recorded so far, if anything. */
  record: TReviewIndicatorRecord | null;
  /** The indicator in the guide's words, naming the form. */
  label: string;
};

/** The working group's observation of one of Part VI's indicators in this round, as its scribe records it. */
export function IndicatorForm({ assessmentId, indicatorId, record, label }: TProps) {
  const t = useTranslations('monitoring');
  const c = useTranslations('common');
  const router = useRouter();
  const [done, setDone] = useState('');
  const idp = `ind-${indicatorId}`;
  const { form, formProps, formError } = useSchemaForm({
    schema: () => import('@/lib/contracts/review-indicators').then((m) => m.ZReviewIndicatorSchema),
    defaultValues: {
      indicatorId,
      observation: record?.observation ?? '',
      direction: record?.direction ?? 'not-known',
      source: record?.source ?? '',
    },
    send: (values) => {
      setDone('');
      return sendJson(`/api/assessments/${assessmentId}/review-indicators`, 'PUT', values);
    },
    onSuccess: () => {
      setDone(t('indicatorSaved'));
      router.refresh();
    },
  });
  return (
    <form {...formProps} className="space-y-2" aria-label={label}>
      <FormError message={formError} />
      <FormField form={form} name="observation" id={`${idp}-o`} label={t('fieldObservation')}>
        {(control) => <textarea {...control} rows={2} className={inputClass} required />}
      </FormField>
      <div className="grid gap-2 sm:grid-cols-2">
        <FormField form={form} name="direction" id={`${idp}-d`} label={t('fieldDirection')}>
          {(control) => (
            <select {...control} className={inputClass}>
              {INDICATOR_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {directionLabel(t, d)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField form={form} name="source" id={`${idp}-s`} label={t('fieldIndicatorSource')}>
          {(control) => <input {...control} type="text" className={inputClass} />}
        </FormField>
      </div>
      <Button type="submit" variant="secondary">
        {c('save')}
      </Button>
      <p role="status" aria-live="polite" className="text-sm text-green-800">
        {done}
      </p>
    </form>
  );
}
