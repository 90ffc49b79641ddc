'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useRef, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { THiddenQuestion } from '@/lib/domain/checklist/checklist-adaptation';
import { useChecklistAdaptation } from './adaptation-context';

/** A facilitator's "Hide…" on one question of a targeted assessment: asks why, then hides it for everyone. */
export function HideQuestionControl({ questionKey, label }: { questionKey: string; label: string }) {
  const { assessmentId, canAdapt, targeted } = useChecklistAdaptation();
  const t = useTranslations('checklistAdaptation');
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  if (!canAdapt || !targeted) return null;

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

/** The area's hidden questions with their reasons; facilitators can show each again. */
export function HiddenQuestions({ hidden }: { hidden: readonly THiddenQuestion[] }) {
  const { assessmentId, canAdapt } = useChecklistAdaptation();
  const t = useTranslations('checklistAdaptation');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (hidden.length === 0) return null;

  async function unhide(key: string) {
    const res = await sendJson(
      `/api/assessments/${assessmentId}/checklist/hidden/${encodeURIComponent(key)}`,
      'DELETE',
    );
    if (!res.ok) return setError(res.error);
    setError(null);
    setDone(t('shownAgain'));
    router.refresh();
  }

  return (
    <details className="mb-4 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">{t('hiddenHeading', { n: hidden.length })}</summary>
      <ul className="mt-2 grid gap-2">
        {hidden.map((h) => (
          <li key={h.key} className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <p>
                <span className="mr-2 font-semibold">{h.label}.</span>
                {h.text}
              </p>
              <p className="text-slate-700">{t('hiddenBecause', { reason: h.reason })}</p>
            </div>
            {canAdapt && (
              <Button variant="secondary" onClick={() => void unhide(h.key)}>
                {t('showAgain')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <FormError message={error} />
      <p role="status">{done}</p>
    </details>
  );
}
