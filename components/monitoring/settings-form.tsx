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

/** Facilitators set after how many days without an update an open activity is flagged. */
export function SettingsForm({ assessmentId, staleAfterDays }: { assessmentId: string; staleAfterDays: number }) {
  const t = useTranslations('monitoring');
  const c = useTranslations('common');
  const router = useRouter();
  const [done, setDone] = useState('');
  const { form, formProps, formError } = useSchemaForm({
    schema: () => import('@/lib/contracts/monitoring').then((m) => m.ZMonitoringSettingsSchema),
    defaultValues: { staleAfterDays },
    send: (values) => {
      setDone('');
      return sendJson(`/api/assessments/${assessmentId}/monitoring/settings`, 'PUT', values);
    },
    onSuccess: () => {
      setDone(t('settingsSaved'));
      router.refresh();
    },
  });
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <FormError message={formError} />
      <FormField
        form={form}
        name="staleAfterDays"
        id="stale-days"
        label={t('staleDays')}
        options={{ valueAsNumber: true }}
      >
        {(control) => <input {...control} type="number" min={1} max={365} className={`${inputClass} w-24`} />}
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
