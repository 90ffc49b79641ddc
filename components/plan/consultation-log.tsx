'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import { useFormat } from '@/lib/i18n/client';
import type { TConsultationRecord } from '@/lib/contracts/plan';

type TConsultationLogProps = { assessmentId: string; entries: TConsultationRecord[]; canEdit: boolean };

/** Step 4: who was consulted, when, what they said and what changed in the plan. */
export function ConsultationLog({ assessmentId, entries, canEdit }: TConsultationLogProps) {
  const t = useTranslations('plan');
  const f = useFormat();
  const router = useRouter();
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/plan').then((m) => m.ZConsultationSchema),
    defaultValues: { stakeholder: '', consultedOn: '', said: '', changed: '' },
    send: (values) => sendJson(`/api/assessments/${assessmentId}/plan/consultations`, 'POST', values),
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
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
        <form {...formProps} className="grid gap-2">
          <FormError message={formError} />
          <FormField form={form} name="stakeholder" id="c-stakeholder" label={t('who')}>
            {(control) => <input {...control} className={inputClass} required />}
          </FormField>
          <FormField form={form} name="consultedOn" id="c-date" label={t('when')}>
            {(control) => <input {...control} type="date" className={inputClass} required />}
          </FormField>
          <FormField form={form} name="said" id="c-said" label={t('whatSaid')}>
            {(control) => <textarea {...control} className={inputClass} rows={2} required />}
          </FormField>
          <FormField form={form} name="changed" id="c-changed" label={t('whatChanged')}>
            {(control) => <textarea {...control} className={inputClass} rows={2} />}
          </FormField>
          <div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {t('record')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
