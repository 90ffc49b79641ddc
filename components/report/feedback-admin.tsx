'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';
import type { TFeedbackState, TFeedbackSummary } from '@/lib/contracts/reports';

/** The facilitators' side of the survey: open or close it, choose anonymity (before any answer), read the answers. */
export function FeedbackAdmin({
  assessmentId,
  initial,
  summary,
}: {
  assessmentId: string;
  initial: TFeedbackState;
  summary: TFeedbackSummary;
}) {
  const t = useTranslations('report');
  const [state, setState] = useState(initial);
  const [anonymous, setAnonymous] = useState(initial.anonymous);
  const [error, setError] = useState<string | null>(null);

  const save = async (open: boolean) => {
    const result = await sendJson<TFeedbackState>(`/api/assessments/${assessmentId}/feedback/settings`, 'PUT', {
      open,
      anonymous,
    });
    if (result.ok) {
      setState(result.data);
      setError(null);
    } else setError(result.error);
  };

  return (
    <section aria-labelledby="fb-admin" className="rounded-md border border-slate-200 bg-white p-3">
      <h3 id="fb-admin" className="font-semibold">
        {t('runSurvey')}
      </h3>
      <p className="text-sm" role="status">
        {t('surveyState', { state: t(state.open ? 'state.open' : 'state.closed'), n: state.responses })}
      </p>
      <label className="mt-2 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={anonymous}
          disabled={state.responses > 0}
          onChange={(e) => setAnonymous(e.target.checked)}
        />
        {t('anonymousOption')}
        {state.responses > 0 && t('fixed')}
      </label>
      <div className="mt-2 flex gap-2">
        <Button type="button" onClick={() => void save(!state.open)}>
          {state.open ? t('closeSurvey') : t('openSurvey')}
        </Button>
        {!state.open || anonymous === state.anonymous ? null : (
          <Button type="button" variant="secondary" onClick={() => void save(state.open)}>
            {t('save')}
          </Button>
        )}
      </div>
      <FormError message={error} />
      <h3 className="mt-4 font-semibold">{t('answers')}</h3>
      {summary.topics.map((topic) => (
        <div key={topic.id} className="mt-2">
          <h4 className="text-sm font-semibold">
            {topic.title} ({topic.answers.length})
          </h4>
          <ul className="list-disc pl-5 text-sm">
            {topic.answers.map((a, i) => (
              <li key={i}>
                {a.text}
                {a.by && <span className="text-slate-600"> ({a.by})</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
