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
import { JUDGEMENTS, type TEvaluationCriterion, type TJudgement } from '@/lib/domain/monitoring/monitoring-types';
import { judgementLabel } from './labels';

type TProps = {
  assessmentId: string;
  subjectKind: 'objective' | 'kpi';
  subjectId: string;
  criterion: TEvaluationCriterion;
  judgement: TJudgement | null;
  evidence: string;
  label: string;
};

/** A facilitator's judgement of one objective or KPI on one criterion, with its evidence. */
export function EvaluationForm({
  assessmentId,
  subjectKind,
  subjectId,
  criterion,
  judgement: initialJudgement,
  evidence: initialEvidence,
  label,
}: TProps) {
  const t = useTranslations('monitoring');
  const c = useTranslations('common');
  const router = useRouter();
  const [done, setDone] = useState('');
  const idp = `ev-${subjectId}-${criterion}`;
  const { form, formProps, formError } = useSchemaForm({
    schema: () => import('@/lib/contracts/monitoring').then((m) => m.ZEvaluationSchema),
    defaultValues: {
      subjectKind,
      subjectId,
      criterion,
      judgement: initialJudgement ?? 'too-early',
      evidence: initialEvidence,
    },
    send: (values) => {
      setDone('');
      return sendJson(`/api/assessments/${assessmentId}/evaluations`, 'PUT', values);
    },
    onSuccess: () => {
      setDone(t('evaluationSaved'));
      router.refresh();
    },
  });
  return (
    <form {...formProps} className="space-y-2" aria-label={label}>
      <FormError message={formError} />
      <FormField form={form} name="judgement" id={`${idp}-j`} label={t('fieldJudgement')}>
        {(control) => (
          <select {...control} className={inputClass}>
            {JUDGEMENTS.map((j) => (
              <option key={j} value={j}>
                {judgementLabel(t, j)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField form={form} name="evidence" id={`${idp}-e`} label={t('fieldEvidence')}>
        {(control) => <textarea {...control} rows={2} className={inputClass} required />}
      </FormField>
      <Button type="submit" variant="secondary">
        {c('save')}
      </Button>
      <p role="status" aria-live="polite" className="text-sm text-green-800">
        {done}
      </p>
    </form>
  );
}
