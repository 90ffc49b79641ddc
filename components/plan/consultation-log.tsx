'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { useFormat } from '@/lib/i18n/client';
import type { TConsultationRecord } from '@/lib/contracts/plan';

type TConsultationLogProps = { assessmentId: string; entries: TConsultationRecord[]; canEdit: boolean };

/** Step 4: who was consulted, when, what they said and what changed in the plan. */
export function ConsultationLog({ assessmentId, entries, canEdit }: TConsultationLogProps) {
  const t = useTranslations('plan');
  const f = useFormat();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    setBusy(true);
    const res = await sendJson(`/api/assessments/${assessmentId}/plan/consultations`, 'POST', data);
    setBusy(false);
    if (!res.ok) return (setError(res.error), setFieldErrors(res.fieldErrors));
    setError(null);
    setFieldErrors({});
    form.reset();
    router.refresh();
  };
  return (
    <section aria-labelledby="consult-h" className="grid gap-3 rounded-md border border-slate-200 bg-white p-3">
      <h3 id="consult-h" className="font-semibold">
        {t('consultHeading')}
      </h3>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noConsultations')}</p>
      ) : (
        <ol className="grid gap-2 text-sm">
          {entries.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 p-2">
              <p className="font-medium">
                {c.stakeholder} · {f.date(`${c.consultedOn}T12:00:00Z`)}
              </p>
              <p>
                <span className="font-medium">{t('said')}</span> {c.said}
              </p>
              <p>
                <span className="font-medium">{t('changed')}</span> {c.changed || t('nothing')}
              </p>
              <p className="text-xs text-slate-600">{t('recordedBy', { name: c.recordedBy.name })}</p>
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <form onSubmit={(e) => void submit(e)} className="grid gap-2" noValidate>
          <FormError message={error} />
          <Field id="c-stakeholder" label={t('who')} errors={fieldErrors.stakeholder}>
            <input id="c-stakeholder" name="stakeholder" className={inputClass} required />
          </Field>
          <Field id="c-date" label={t('when')} errors={fieldErrors.consultedOn}>
            <input id="c-date" name="consultedOn" type="date" className={inputClass} required />
          </Field>
          <Field id="c-said" label={t('whatSaid')} errors={fieldErrors.said}>
            <textarea id="c-said" name="said" className={inputClass} rows={2} required />
          </Field>
          <Field id="c-changed" label={t('whatChanged')} errors={fieldErrors.changed}>
            <textarea id="c-changed" name="changed" className={inputClass} rows={2} />
          </Field>
          <div>
            <Button type="submit" variant="secondary" disabled={busy}>
              {t('record')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
