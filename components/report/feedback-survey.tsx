'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { inputClass } from '@/components/ui/field';
import { sendJson } from '@/components/ui/api-client';
import { FEEDBACK_TOPICS } from '@/lib/services/feedback.schema';
import type { TFeedbackState } from '@/lib/services/feedback';

/** The activity 6.2 survey for one member: one question per topic, sent once. */
export function FeedbackSurvey({ assessmentId, initial }: { assessmentId: string; initial: TFeedbackState }) {
  const [state, setState] = useState(initial);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (state.responded) return <p role="status" className="text-sm text-green-800">Thank you: your feedback has been recorded.</p>;
  if (!state.open) return <p className="text-sm text-slate-700">The feedback survey is not open.</p>;

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
      <p className="text-sm text-slate-700">
        {state.anonymous ? 'This survey is anonymous: your answers are stored without your name.' : 'This survey is not anonymous: the facilitators see who answered what.'}
      </p>
      {FEEDBACK_TOPICS.map((t) => (
        <div key={t.id}>
          <label htmlFor={`fb-${t.id}`} className="mb-1 block text-sm font-medium">{t.title}</label>
          <textarea id={`fb-${t.id}`} rows={3} maxLength={4000} className={`${inputClass} w-full`} value={answers[t.id] ?? ''} onChange={(e) => setAnswers({ ...answers, [t.id]: e.target.value })} />
        </div>
      ))}
      <FormError message={error} />
      <Button type="submit" disabled={busy}>Send feedback</Button>
    </form>
  );
}
