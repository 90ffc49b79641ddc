'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TSurveyContent, TSurveyQuestion } from '@/lib/domain/surveys/survey-schema';
import type { TSurvey } from '@/lib/contracts/surveys';
import { QuestionEditor } from './question-editor';

const newId = () => `q-${Math.random().toString(36).slice(2, 10)}`;

/** Builds a draft survey: its title, introduction, audience, invitation rule and questions. */
export function SurveyBuilder({ assessmentId, survey }: { assessmentId: string; survey: TSurvey }) {
  const t = useTranslations('surveys');
  const router = useRouter();
  const [content, setContent] = useState<TSurveyContent>({
    title: survey.title,
    intro: survey.intro,
    audience: survey.audience,
    invitationOnly: survey.invitationOnly,
    questions: survey.questions,
  });
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState('');
  const set = (patch: Partial<TSurveyContent>) => setContent((c) => ({ ...c, ...patch }));
  const setQuestion = (i: number, q: TSurveyQuestion) =>
    set({ questions: content.questions.map((x, j) => (j === i ? q : x)) });
  const move = (i: number, by: -1 | 1) => {
    const qs = [...content.questions];
    const [q] = qs.splice(i, 1);
    if (q) qs.splice(i + by, 0, q);
    set({ questions: qs });
  };
  const save = async () => {
    setStatus(t('saving'));
    // A blank line in an options box is a slip of the Enter key, not an option.
    const questions = content.questions.map((q) =>
      q.type === 'single' || q.type === 'multiple'
        ? { ...q, options: q.options.map((o) => o.trim()).filter(Boolean) }
        : q,
    );
    const res = await sendJson(`/api/assessments/${assessmentId}/surveys/${survey.id}`, 'PUT', {
      ...content,
      questions,
    });
    if (!res.ok) {
      setStatus('');
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      return;
    }
    setError(null);
    setFieldErrors({});
    setStatus(t('saved'));
    router.refresh();
  };

  return (
    <section aria-labelledby="builder" className="grid gap-4">
      <h3 id="builder" className="text-lg font-semibold">
        {t('builder')}
      </h3>
      <FormError message={error} />
      {Object.keys(fieldErrors).length > 0 && (
        <ul className="text-sm text-red-700" role="alert">
          {Object.entries(fieldErrors).map(([k, v]) => (
            <li key={k}>
              {k}: {v.join(' ')}
            </li>
          ))}
        </ul>
      )}
      <Field id="survey-title" label={t('surveyTitle')}>
        <input
          id="survey-title"
          value={content.title}
          onChange={(e) => set({ title: e.target.value })}
          maxLength={200}
          className={inputClass}
        />
      </Field>
      <Field id="survey-intro" label={t('surveyIntro')} hint={t('surveyIntroHint')}>
        <textarea
          id="survey-intro"
          value={content.intro}
          onChange={(e) => set({ intro: e.target.value })}
          rows={3}
          maxLength={4000}
          className={inputClass}
        />
      </Field>
      <div className="flex flex-wrap gap-4">
        <Field id="survey-audience" label={t('audience')}>
          <select
            id="survey-audience"
            value={content.audience}
            onChange={(e) => set({ audience: e.target.value as TSurveyContent['audience'] })}
            className={inputClass}
          >
            <option value="staff">{t('audienceStaff')}</option>
            <option value="clients">{t('audienceClients')}</option>
            <option value="other">{t('audienceOther')}</option>
          </select>
        </Field>
        <label className="flex items-center gap-2 self-end text-sm">
          <input
            type="checkbox"
            checked={content.invitationOnly}
            onChange={(e) => set({ invitationOnly: e.target.checked })}
          />{' '}
          {t('invitationOnly')}
        </label>
      </div>
      <ol className="grid gap-3">
        {content.questions.map((q, i) => (
          <QuestionEditor
            key={q.id}
            index={i}
            count={content.questions.length}
            question={q}
            onChange={(nq) => setQuestion(i, nq)}
            onMove={(by) => move(i, by)}
            onRemove={() => set({ questions: content.questions.filter((_, j) => j !== i) })}
          />
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() =>
            set({
              questions: [
                ...content.questions,
                { id: newId(), type: 'scale', text: '', required: false, points: 5, minLabel: '', maxLabel: '' },
              ],
            })
          }
        >
          {t('addQuestion')}
        </Button>
        <Button onClick={() => void save()}>{t('saveSurvey')}</Button>
        <span aria-live="polite" className="self-center text-sm text-slate-700">
          {status}
        </span>
      </div>
    </section>
  );
}
