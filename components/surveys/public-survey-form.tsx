'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { inputClass } from '@/components/ui/field';
import { controlAria, fieldMessage } from '@/components/ui/form-field';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import type { TSurveyAnswerValue, TSurveyQuestion } from '@/lib/domain/surveys/survey-schema';
import { SURVEY_LIMITS } from '@/lib/domain/surveys/survey-schema';

/** The visitor's answers by question id as the controls give them: a point or option index as text, or several. */
type TAnswerValues = { answers: Record<string, string | string[]> };

/** The request the answers make: each typed as its question takes it; a question left blank is left out. */
function answersOf(questions: TSurveyQuestion[], values: TAnswerValues): Record<string, TSurveyAnswerValue> {
  const answers: Record<string, TSurveyAnswerValue> = {};
  for (const q of questions) {
    const value = values.answers[q.id];
    if (q.type === 'multiple') {
      const chosen = [value ?? []].flat().filter((v) => v !== '');
      if (chosen.length) answers[q.id] = chosen.map(Number);
    } else if (typeof value === 'string' && value.trim() !== '') {
      answers[q.id] = q.type === 'text' ? value : Number(value);
    }
  }
  return answers;
}

/**
 * The anonymous answer form of a published survey: one fieldset per question, errors tied to each.
 * The form checks the answers with the route's schema; the server then holds them against the
 * survey's questions (one required left blank, say) and its refusal lands on those questions.
 */
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
  const [done, setDone] = useState(false);
  const ids = new Set(questions.map((q) => q.id));
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/surveys').then((m) => m.ZSurveySubmissionSchema),
    defaultValues: { answers: Object.fromEntries(questions.map((q) => [q.id, q.type === 'multiple' ? [] : ''])) },
    toRequest: (values: TAnswerValues) => ({
      answers: answersOf(questions, values),
      ...(invitation ? { invitation } : {}),
    }),
    // The server names a question by its id when it holds the answers against the questions.
    fieldOf: (path) => (ids.has(path) ? `answers.${path}` : path),
    send: (request) => sendJson(`/api/survey/${encodeURIComponent(token)}`, 'POST', request),
    onSuccess: () => setDone(true),
  });

  if (done) {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
        {t('thanks')}
      </p>
    );
  }
  if (invitationOnly && !invitation) return <p role="alert">{t('needsInvitation')}</p>;

  return (
    <form {...formProps} className="grid gap-5" aria-busy={pending}>
      <p className="text-sm text-slate-700">{t('anonymousNote')}</p>
      <FormError message={formError} />
      {questions.map((q, i) => {
        const name = `answers.${q.id}` as const;
        const message = fieldMessage(form, name);
        const errId = `${q.id}-error`;
        const aria = controlAria(q.id, message);
        const control = { ...form.register(name), ...aria };
        return (
          <fieldset key={q.id} className="grid gap-1" {...aria}>
            <legend className="mb-1 font-medium">
              {i + 1}. {q.text}
              {q.required && <span className="text-red-800"> ({t('requiredShort')})</span>}
            </legend>
            {q.type === 'scale' && (
              <div className="flex flex-wrap items-center gap-3 text-sm">
                {q.minLabel && <span className="text-slate-600">{q.minLabel}</span>}
                {Array.from({ length: q.points }, (_, p) => (
                  <label key={p} className="flex flex-col items-center">
                    <input type="radio" {...control} value={p + 1} required={q.required} />
                    <span>{p + 1}</span>
                  </label>
                ))}
                {q.maxLabel && <span className="text-slate-600">{q.maxLabel}</span>}
              </div>
            )}
            {(q.type === 'single' || q.type === 'multiple') &&
              q.options.map((o, j) => (
                <label key={o} className="flex items-center gap-2 text-sm">
                  <input type={q.type === 'single' ? 'radio' : 'checkbox'} {...control} value={j} /> {o}
                </label>
              ))}
            {q.type === 'text' && (
              <textarea
                {...control}
                rows={3}
                maxLength={SURVEY_LIMITS.textAnswer}
                className={inputClass}
                aria-label={q.text}
              />
            )}
            {message && (
              <p id={errId} role="alert" className="text-sm text-red-700">
                {message}
              </p>
            )}
          </fieldset>
        );
      })}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('sending') : t('send')}
        </Button>
      </div>
    </form>
  );
}
