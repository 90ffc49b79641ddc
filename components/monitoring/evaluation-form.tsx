'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';
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
  const [judgement, setJudgement] = useState<TJudgement>(initialJudgement ?? 'too-early');
  const [evidence, setEvidence] = useState(initialEvidence);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState('');
  const idp = `ev-${subjectId}-${criterion}`;
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    const result = await sendJson(`/api/assessments/${assessmentId}/evaluations`, 'PUT', {
      subjectKind,
      subjectId,
      criterion,
      judgement,
      evidence,
    });
    if (!result.ok) {
      setError(result.error);
      setFieldErrors(result.fieldErrors);
      return;
    }
    setError(null);
    setFieldErrors({});
    setDone(t('evaluationSaved'));
    router.refresh();
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-2" aria-label={label}>
      <FormError message={error} />
      <Field id={`${idp}-j`} label={t('fieldJudgement')} errors={fieldErrors.judgement}>
        <select
          id={`${idp}-j`}
          className={inputClass}
          value={judgement}
          onChange={(e) => setJudgement(e.target.value as TJudgement)}
        >
          {JUDGEMENTS.map((j) => (
            <option key={j} value={j}>
              {judgementLabel(t, j)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${idp}-e`} label={t('fieldEvidence')} errors={fieldErrors.evidence}>
        <textarea
          id={`${idp}-e`}
          rows={2}
          className={inputClass}
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
          required
        />
      </Field>
      <Button type="submit" variant="secondary">
        {c('save')}
      </Button>
      <p role="status" aria-live="polite" className="text-sm text-green-800">
        {done}
      </p>
    </form>
  );
}
