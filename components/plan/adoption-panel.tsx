'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { useFormat } from '@/lib/i18n/client';
import type { TPlanSubmission } from '@/lib/contracts/plan';

type TAdoptionPanelProps = {
  assessmentId: string;
  userId: string;
  canSubmit: boolean;
  approvers: { id: string; name: string; role: string }[];
  submissions: TPlanSubmission[];
};

function Decide({ assessmentId, submissionId }: { assessmentId: string; submissionId: string }) {
  const t = useTranslations('plan');
  const router = useRouter();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = async (decision: 'approve' | 'request-changes') => {
    const res = await sendJson(`/api/assessments/${assessmentId}/plan/submissions/${submissionId}/decision`, 'POST', {
      decision,
      comment,
    });
    if (!res.ok) return setError(res.fieldErrors.comment?.[0] ?? res.error);
    setError(null);
    router.refresh();
  };
  return (
    <div className="grid gap-2">
      <FormError message={error} />
      <Field id={`decide-${submissionId}`} label={t('yourComment')}>
        <textarea
          id={`decide-${submissionId}`}
          className={inputClass}
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Field>
      <div className="flex gap-2">
        <Button onClick={() => void decide('approve')}>{t('approve')}</Button>
        <Button variant="secondary" onClick={() => void decide('request-changes')}>
          {t('askChanges')}
        </Button>
      </div>
    </div>
  );
}

/** Step 6: submit the plan to named approvers, their decisions, and the adopted versions. */
export function AdoptionPanel({ assessmentId, userId, canSubmit, approvers, submissions }: TAdoptionPanelProps) {
  const t = useTranslations('plan');
  const f = useFormat();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const lastAdopted = submissions.find((s) => s.status === 'adopted');
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const res = await sendJson(`/api/assessments/${assessmentId}/plan/submissions`, 'POST', {
      approverIds: data.getAll('approverIds'),
      strategyLink: data.get('strategyLink'),
    });
    if (!res.ok) return (setError(res.error), setFieldErrors(res.fieldErrors));
    setError(null);
    setFieldErrors({});
    router.refresh();
  };
  return (
    <section aria-labelledby="adopt-h" className="grid gap-3 rounded-md border border-slate-200 bg-white p-3">
      <h3 id="adopt-h" className="font-semibold">
        {t('adoptHeading')}
      </h3>
      <p className="text-sm text-slate-700">
        {lastAdopted
          ? t('adoptedVersion', { v: lastAdopted.version ?? 0, next: (lastAdopted.version ?? 0) + 1 })
          : t('noAdopted')}
      </p>
      <ul className="grid gap-2 text-sm">
        {submissions.map((s) => (
          <li key={s.id} className="grid gap-1 rounded border border-slate-200 p-2">
            <p className="font-medium">
              {s.status === 'adopted'
                ? t('versionAdopted', { v: s.version ?? 0, date: s.decidedAt ? f.date(s.decidedAt) : '' })
                : t('submittedBy', {
                    date: f.date(s.submittedAt),
                    name: s.submittedBy.name,
                    status: t(`status.${s.status}`),
                  })}
            </p>
            <p>{t('strategy', { link: s.strategyLink })}</p>
            <ul>
              {s.approvals.map((a) => (
                <li key={a.approver.id}>
                  {a.approver.name}: {t(`decision.${a.decision}`)}
                  {a.comment && ` – “${a.comment}”`}
                </li>
              ))}
            </ul>
            {s.status === 'adopted' && (
              <p className="flex gap-3">
                <Link
                  className="text-brand-700 hover:underline"
                  href={`/assessments/${assessmentId}/plan/print?version=${s.version}`}
                >
                  {t('printView')}
                </Link>
                <a
                  className="text-brand-700 hover:underline"
                  href={`/api/assessments/${assessmentId}/plan/export?format=xlsx&version=${s.version}`}
                >
                  XLSX
                </a>
              </p>
            )}
            {s.status === 'pending' &&
              s.approvals.some((a) => a.approver.id === userId && a.decision === 'pending') && (
                <Decide assessmentId={assessmentId} submissionId={s.id} />
              )}
          </li>
        ))}
      </ul>
      {canSubmit && (
        <form onSubmit={(e) => void submit(e)} className="grid gap-2" noValidate>
          <FormError message={error} />
          <fieldset className="grid gap-1">
            <legend className="text-sm font-medium">{t('approvers')}</legend>
            {approvers.map((a) => (
              <label key={a.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="approverIds" value={a.id} /> {a.name} ({a.role})
              </label>
            ))}
            {fieldErrors.approverIds?.map((m) => (
              <p key={m} role="alert" className="text-sm text-red-700">
                {m}
              </p>
            ))}
          </fieldset>
          <Field id="strategy-link" label={t('strategyLink')} errors={fieldErrors.strategyLink}>
            <textarea id="strategy-link" name="strategyLink" className={inputClass} rows={2} />
          </Field>
          <div>
            <Button type="submit">{t('submit')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
