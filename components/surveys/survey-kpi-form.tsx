'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TSurvey, TSurveyKpiResponse } from '@/lib/contracts/surveys';

/** Records a question's result as a measurement of a KPI of the adopted plan (a subjective indicator). */
export function SurveyKpiForm({
  assessmentId,
  survey,
  kpis,
}: {
  assessmentId: string;
  survey: TSurvey;
  kpis: { id: string; name: string }[];
}) {
  const t = useTranslations('surveys');
  const measurable = survey.questions.filter((q) => q.type !== 'text');
  const groupings = survey.questions.filter((q) => q.type === 'single' && q.grouping);
  const [questionId, setQuestionId] = useState(measurable[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const question = measurable.find((q) => q.id === questionId);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const res = await sendJson<TSurveyKpiResponse>(
      `/api/assessments/${assessmentId}/surveys/${survey.id}/kpi`,
      'POST',
      {
        kpiId: data.get('kpiId'),
        questionId,
        options: data.getAll('options').map(Number),
        period: data.get('period'),
        groupBy: data.get('groupBy') || null,
      },
    );
    if (!res.ok) {
      setDone('');
      return setError(res.error);
    }
    setError(null);
    setDone(t('kpiRecorded', { value: res.data.measurement.value, n: res.data.measurement.responses }));
  };

  return (
    <section aria-labelledby="survey-kpi" className="mt-6 rounded-md border border-slate-200 bg-white p-3">
      <h3 id="survey-kpi" className="text-lg font-semibold">
        {t('kpiTitle')}
      </h3>
      {kpis.length === 0 ? (
        <p className="text-sm text-slate-700">{t('kpiNoPlan')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} className="grid max-w-2xl gap-3">
          <FormError message={error} />
          <p aria-live="polite" className="text-sm text-green-800">
            {done}
          </p>
          <Field id="kpi-id" label={t('kpi')}>
            <select id="kpi-id" name="kpiId" className={inputClass}>
              {kpis.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="kpi-question" label={t('kpiQuestion')} hint={t('kpiQuestionHint')}>
            <select
              id="kpi-question"
              value={questionId}
              onChange={(e) => setQuestionId(e.target.value)}
              className={inputClass}
            >
              {measurable.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.text}
                </option>
              ))}
            </select>
          </Field>
          {question && (question.type === 'single' || question.type === 'multiple') && (
            <fieldset className="grid gap-1 text-sm">
              <legend className="font-medium">{t('kpiOptions')}</legend>
              {question.options.map((o, i) => (
                <label key={o} className="flex items-center gap-2">
                  <input type="checkbox" name="options" value={i} /> {o}
                </label>
              ))}
            </fieldset>
          )}
          <div className="flex flex-wrap gap-3">
            <Field id="kpi-period" label={t('kpiPeriod')} hint={t('kpiPeriodHint')}>
              <input
                id="kpi-period"
                name="period"
                required
                defaultValue={new Date().toISOString().slice(0, 4)}
                className={`${inputClass} w-32`}
              />
            </Field>
            {groupings.length > 0 && (
              <Field id="kpi-group" label={t('kpiGroupBy')}>
                <select id="kpi-group" name="groupBy" className={inputClass}>
                  <option value="">{t('kpiNoGroup')}</option>
                  {groupings.map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.text}
                    </option>
                  ))}
                </select>
              </Field>
            )}
          </div>
          <div>
            <Button type="submit">{t('kpiRecord')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
