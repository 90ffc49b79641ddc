'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';

/** Facilitators set after how many days without an update an open activity is flagged. */
export function SettingsForm({ assessmentId, staleAfterDays }: { assessmentId: string; staleAfterDays: number }) {
  const t = useTranslations('monitoring');
  const c = useTranslations('common');
  const router = useRouter();
  const [days, setDays] = useState(String(staleAfterDays));
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState('');
  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    const result = await sendJson(`/api/assessments/${assessmentId}/monitoring/settings`, 'PUT', {
      staleAfterDays: Number(days),
    });
    if (!result.ok) {
      setError(result.error);
      setFieldErrors(result.fieldErrors);
      return;
    }
    setError(null);
    setFieldErrors({});
    setDone(t('settingsSaved'));
    router.refresh();
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-wrap items-end gap-3">
      <FormError message={error} />
      <Field id="stale-days" label={t('staleDays')} errors={fieldErrors.staleAfterDays}>
        <input
          id="stale-days"
          type="number"
          min={1}
          max={365}
          className={`${inputClass} w-24`}
          value={days}
          onChange={(e) => setDays(e.target.value)}
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
