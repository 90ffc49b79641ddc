'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import type { TConsultationRecord, TConsultationsResponse } from '@/lib/contracts/plan';

type TConsultationFormProps = {
  assessmentId: string;
  /** The log as it stands with the new entry, from the server's answer. */
  onRecorded: (entries: TConsultationRecord[]) => void;
  onCancel: () => void;
};

/** Records one consultation of a stakeholder (step 4): who, when, what they said, what changed. */
export function ConsultationForm({ assessmentId, onRecorded, onCancel }: TConsultationFormProps) {
  const t = useTranslations('plan');
  const tc = useTranslations('common');
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/plan').then((m) => m.ZConsultationSchema),
    defaultValues: { stakeholder: '', consultedOn: '', said: '', changed: '' },
    send: (values) =>
      sendJson<TConsultationsResponse>(`/api/assessments/${assessmentId}/plan/consultations`, 'POST', values),
    onSuccess: ({ consultations }) => onRecorded(consultations),
  });
  // Opened by a click on "Record a consultation": the member goes on typing where they asked to.
  useEffect(() => form.setFocus('stakeholder'), [form]);
  return (
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
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          {t('record')}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {tc('cancel')}
        </Button>
      </div>
    </form>
  );
}
