'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TAddedQuestionResponse } from '@/lib/contracts/checklist';
import { useChecklistAdaptation } from './adaptation-context';

/** Facilitators add their own question to the area; it appears marked as added, for everyone, on refresh. */
export function AddQuestionForm({ areaId }: { areaId: string }) {
  const { assessmentId, canAdapt } = useChecklistAdaptation();
  const t = useTranslations('checklistAdaptation');
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<string[] | undefined>();
  const [done, setDone] = useState<string | null>(null);
  if (!canAdapt) return null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setDone(null);
    const res = await sendJson<TAddedQuestionResponse>(`/api/assessments/${assessmentId}/checklist/questions`, 'POST', {
      areaId,
      text,
    });
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      setFieldErrors(res.fieldErrors.text);
      return;
    }
    setError(null);
    setFieldErrors(undefined);
    setText('');
    setDone(t('added', { label: `A${res.data.question.number}` }));
    router.refresh();
  }

  return (
    <form
      onSubmit={submit}
      className="mb-6 grid gap-2 rounded-lg border border-dashed border-slate-400 bg-white p-3"
      aria-labelledby={`${id}-h`}
    >
      <h3 id={`${id}-h`} className="font-semibold">
        {t('addHeading')}
      </h3>
      <Field id={`${id}-text`} label={t('addLabel')} hint={t('addHint')} errors={fieldErrors}>
        <textarea
          id={`${id}-text`}
          className={inputClass}
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-text-hint`}
          aria-invalid={fieldErrors ? true : undefined}
        />
      </Field>
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? t('adding') : t('addSubmit')}
        </Button>
      </div>
      {!fieldErrors && <FormError message={error} />}
      <p role="status" className="text-sm text-green-800">
        {done}
      </p>
    </form>
  );
}
