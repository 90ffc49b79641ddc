'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { inputClass } from '@/components/ui/field';
import { sendJson } from '@/components/ui/api-client';
import { FEEDBACK_TOPICS, type TFeedbackState } from '@/lib/contracts/reports';

/** The activity 6.2 survey for one member: one question per topic, sent once. */
export function FeedbackSurvey({ assessmentId, initial }: { assessmentId: string; initial: TFeedbackState }) {
  const t = useTranslations('report');
  const [state, setState] = useState(initial);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (state.responded)
    return (
      <p role="status" className="text-sm text-green-800">
        {t('thanks')}
      </p>
    );
  if (!state.open) return <p className="text-sm text-slate-700">{t('notOpen')}</p>;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await sendJson<TFeedbackState>(`/api/assessments/${assessmentId}/feedback`, 'POST', { answers });
    setBusy(false);
    if (result.ok) setState(result.data);
    else setError(Object.values(result.fieldErrors).flat()[0] ?? result.error);
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-3">
      <p className="text-sm text-slate-700">{state.anonymous ? t('anonymousNote') : t('namedNote')}</p>
      {FEEDBACK_TOPICS.map((topic) => (
        <div key={topic.id}>
          <label htmlFor={`fb-${topic.id}`} className="mb-1 block text-sm font-medium">
            {topic.title}
          </label>
          <textarea
            id={`fb-${topic.id}`}
            rows={3}
            maxLength={4000}
            className={`${inputClass} w-full`}
            value={answers[topic.id] ?? ''}
            onChange={(e) => setAnswers({ ...answers, [topic.id]: e.target.value })}
          />
        </div>
      ))}
      <FormError message={error} />
      <Button type="submit" disabled={busy}>
        {t('send')}
      </Button>
    </form>
  );
}
