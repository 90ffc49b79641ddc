'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { inputClass } from '@/components/ui/field';
import type { TSurveyAnswerValue, TSurveyQuestion } from '@/lib/domain/surveys/survey-schema';
import { SURVEY_LIMITS } from '@/lib/domain/surveys/survey-schema';

/** The anonymous answer form of a published survey: one fieldset per question, errors tied to each. */
export function PublicSurveyForm({
  token,
  questions,
  invitation,
  invitationOnly,
}: {
  token: string;
  questions: TSurveyQuestion[];
  invitation: string | null;
  invitationOnly: boolean;
}) {
  const t = useTranslations('surveys');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
        {t('thanks')}
      </p>
    );
  }
  if (invitationOnly && !invitation) return <p role="alert">{t('needsInvitation')}</p>;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const answers: Record<string, TSurveyAnswerValue> = {};
    for (const q of questions) {
      if (q.type === 'multiple') {
        const chosen = data.getAll(q.id).map(Number);
        if (chosen.length) answers[q.id] = chosen;
      } else {
        const v = data.get(q.id);
        if (typeof v !== 'string' || v.trim() === '') continue;
        answers[q.id] = q.type === 'text' ? v : Number(v);
      }
    }
    setBusy(true);
    const res = await sendJson(`/api/survey/${encodeURIComponent(token)}`, 'POST', {
      answers,
      ...(invitation ? { invitation } : {}),
    });
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      return;
    }
    setDone(true);
  };
  const errorsOf = (id: string) => [...(fieldErrors[id] ?? []), ...(fieldErrors[`answers.${id}`] ?? [])];

  return (
    <form onSubmit={(e) => void submit(e)} className="grid gap-5" aria-busy={busy} noValidate>
      <p className="text-sm text-slate-700">{t('anonymousNote')}</p>
      <FormError message={error} />
      {questions.map((q, i) => {
        const errs = errorsOf(q.id);
        const errId = errs.length ? `${q.id}-error` : undefined;
        const legend = (
          <legend className="mb-1 font-medium">
            {i + 1}. {q.text}
            {q.required && <span className="text-red-800"> ({t('requiredShort')})</span>}
          </legend>
        );
        return (
          <fieldset
            key={q.id}
            className="grid gap-1"
            aria-describedby={errId}
            aria-invalid={errs.length > 0 || undefined}
          >
            {legend}
            {q.type === 'scale' && (
              <div className="flex flex-wrap items-center gap-3 text-sm">
                {q.minLabel && <span className="text-slate-600">{q.minLabel}</span>}
                {Array.from({ length: q.points }, (_, p) => (
                  <label key={p} className="flex flex-col items-center">
                    <input type="radio" name={q.id} value={p + 1} required={q.required} />
                    <span>{p + 1}</span>
                  </label>
                ))}
                {q.maxLabel && <span className="text-slate-600">{q.maxLabel}</span>}
              </div>
            )}
            {(q.type === 'single' || q.type === 'multiple') &&
              q.options.map((o, j) => (
                <label key={o} className="flex items-center gap-2 text-sm">
                  <input type={q.type === 'single' ? 'radio' : 'checkbox'} name={q.id} value={j} /> {o}
                </label>
              ))}
            {q.type === 'text' && (
              <textarea
                name={q.id}
                rows={3}
                maxLength={SURVEY_LIMITS.textAnswer}
                className={inputClass}
                aria-label={q.text}
              />
            )}
            {errs.map((m) => (
              <p key={m} id={errId} role="alert" className="text-sm text-red-700">
                {m}
              </p>
            ))}
          </fieldset>
        );
      })}
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? t('sending') : t('send')}
        </Button>
      </div>
    </form>
  );
}
