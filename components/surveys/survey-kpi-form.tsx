'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField, fieldMessage } from '@/components/ui/form-field';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import type { TSurvey, TSurveyKpiResponse } from '@/lib/contracts/surveys';

/**
 * Records a question's result as a measurement of a KPI of the adopted plan (a subjective
 * indicator). Loaded through ./survey-kpi.tsx, for those who manage surveys.
 */
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
  const [done, setDone] = useState('');
  const { form, formProps, formError } = useSchemaForm({
    schema: () => import('@/lib/contracts/surveys').then((m) => m.ZSurveyKpiSchema),
    defaultValues: {
      kpiId: kpis[0]?.id ?? '',
      questionId: measurable[0]?.id ?? '',
      options: [],
      period: new Date().toISOString().slice(0, 4),
      groupBy: null,
    },
    send: (values) => {
      setDone('');
      return sendJson<TSurveyKpiResponse>(`/api/assessments/${assessmentId}/surveys/${survey.id}/kpi`, 'POST', values);
    },
    onSuccess: ({ measurement }) => setDone(t('kpiRecorded', { value: measurement.value, n: measurement.responses })),
  });
  const question = measurable.find((q) => q.id === form.watch('questionId'));
  // The options are indexes, which checkboxes registered by name would give as strings.
  const chosen = form.watch('options') ?? [];
  const choose = (i: number, on: boolean) =>
    form.setValue('options', on ? [...chosen, i] : chosen.filter((o) => o !== i));
  const optionsMessage = fieldMessage(form, 'options');

  return (
    <section aria-labelledby="survey-kpi" className="mt-6 rounded-md border border-slate-200 bg-white p-3">
      <h3 id="survey-kpi" className="text-lg font-semibold">
        {t('kpiTitle')}
      </h3>
      {kpis.length === 0 ? (
        <p className="text-sm text-slate-700">{t('kpiNoPlan')}</p>
      ) : (
        <form {...formProps} className="grid max-w-2xl gap-3">
          <FormError message={formError} />
          <p aria-live="polite" className="text-sm text-green-800">
            {done}
          </p>
          <FormField form={form} name="kpiId" id="kpi-id" label={t('kpi')}>
            {(control) => (
              <select {...control} className={inputClass}>
                {kpis.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            form={form}
            name="questionId"
            id="kpi-question"
            label={t('kpiQuestion')}
            hint={t('kpiQuestionHint')}
            options={{ onChange: () => form.setValue('options', []) }}
          >
            {(control) => (
              <select {...control} className={inputClass}>
                {measurable.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.text}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {question && (question.type === 'single' || question.type === 'multiple') && (
            <fieldset
              className="grid gap-1 text-sm"
              aria-invalid={Boolean(optionsMessage)}
              aria-describedby={optionsMessage ? 'kpi-options-error' : undefined}
            >
              <legend className="font-medium">{t('kpiOptions')}</legend>
              {question.options.map((o, i) => (
                <label key={o} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    name="options"
                    checked={chosen.includes(i)}
                    onChange={(e) => choose(i, e.target.checked)}
                  />{' '}
                  {o}
                </label>
              ))}
              {optionsMessage && (
                <p id="kpi-options-error" role="alert" className="text-sm text-red-700">
                  {optionsMessage}
                </p>
              )}
            </fieldset>
          )}
          <div className="flex flex-wrap gap-3">
            <FormField form={form} name="period" id="kpi-period" label={t('kpiPeriod')} hint={t('kpiPeriodHint')}>
              {(control) => <input {...control} required className={`${inputClass} w-32`} />}
            </FormField>
            {groupings.length > 0 && (
              <FormField
                form={form}
                name="groupBy"
                id="kpi-group"
                label={t('kpiGroupBy')}
                options={{ setValueAs: (v: string | null) => v || null }}
              >
                {(control) => (
                  <select {...control} className={inputClass}>
                    <option value="">{t('kpiNoGroup')}</option>
                    {groupings.map((q) => (
                      <option key={q.id} value={q.id}>
                        {q.text}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
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
