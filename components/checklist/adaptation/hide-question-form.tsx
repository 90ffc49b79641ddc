'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useRef, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { useChecklistAdaptation } from './adaptation-context';

/** A facilitator's "Hide…" on one question of a targeted assessment: asks why, then hides it for everyone. */
export function HideQuestionForm({ questionKey, label }: { questionKey: string; label: string }) {
  const { assessmentId } = useChecklistAdaptation();
  const t = useTranslations('checklistAdaptation');
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await sendJson(`/api/assessments/${assessmentId}/checklist/hidden`, 'POST', {
      key: questionKey,
      reason,
    });
    setBusy(false);
    if (!res.ok) return setError(res.fieldErrors.reason?.[0] ?? res.error);
    setOpen(false);
    router.refresh();
  }

  if (!open) {
    return (
      <button
        ref={toggle}
        type="button"
        className="text-xs text-slate-700 underline hover:text-slate-900"
        aria-label={t('hideQuestion', { label })}
        onClick={() => setOpen(true)}
      >
        {t('hide')}
      </button>
    );
  }
  return (
    <form
      onSubmit={submit}
      className="mt-2 grid w-full gap-2 rounded-md border border-slate-300 p-2"
      aria-label={t('hideQuestion', { label })}
    >
      <Field id={`${id}-reason`} label={t('hideReason')}>
        <input
          id={`${id}-reason`}
          className={inputClass}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
        />
      </Field>
      <FormError message={error} />
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {t('hideSubmit')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
