'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { sendJson } from '@/components/ui/api-client';
import { useSchemaForm } from '@/components/ui/use-schema-form';

type TKpiOption = { id: string; name: string; disaggregation: string };

// An empty input is no number (refused as such); anything else goes as typed, so the schema names a bad one.
const numberOf = (v: unknown) => (String(v).trim() === '' ? Number.NaN : Number(v));

/** Records one value for one period, with its source and, where the sheet asks, disaggregated values. */
export function MeasurementForm({ assessmentId, kpis }: { assessmentId: string; kpis: TKpiOption[] }) {
  const t = useTranslations('monitoring');
  const router = useRouter();
  const [categories, setCategories] = useState<{ label: string; value: string }[]>([]);
  const [done, setDone] = useState('');
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/monitoring').then((m) => m.ZMeasurementSchema),
    // The categories are rows of their own below; they become `disaggregated` when sent.
    defaultValues: { kpiId: kpis[0]?.id ?? '', period: '', source: '', disaggregated: {} },
    send: (values) => {
      setDone('');
      const disaggregated = Object.fromEntries(
        categories.filter((c) => c.label.trim()).map((c) => [c.label.trim(), Number(c.value)]),
      );
      return sendJson(`/api/assessments/${assessmentId}/monitoring/measurements`, 'POST', {
        ...values,
        period: values.period.trim(),
        disaggregated,
      });
    },
    onSuccess: () => {
      form.resetField('value');
      setCategories([]);
      setDone(t('recorded'));
      router.refresh();
    },
  });
  const kpiId = form.watch('kpiId');
  const kpi = kpis.find((k) => k.id === kpiId);

  return (
    <form {...formProps} className="space-y-3" aria-labelledby="record-heading">
      <FormError message={formError} />
      <div className="flex flex-wrap gap-3">
        <FormField form={form} name="kpiId" id="m-kpi" label={t('fieldKpi')}>
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
        <FormField form={form} name="period" id="m-period" label={t('fieldPeriod')} hint={t('periodHint')}>
          {(control) => <input {...control} className={`${inputClass} w-32`} placeholder="2027-Q2" required />}
        </FormField>
        <FormField form={form} name="value" id="m-value" label={t('fieldValue')} options={{ setValueAs: numberOf }}>
          {(control) => <input {...control} type="number" step="any" className={`${inputClass} w-32`} required />}
        </FormField>
        <FormField form={form} name="source" id="m-source" label={t('fieldSource')}>
          {(control) => <input {...control} className={`${inputClass} w-64`} required />}
        </FormField>
      </div>
      {kpi?.disaggregation && (
        <p className="text-sm text-slate-700">{t('disaggregationHint', { text: kpi.disaggregation })}</p>
      )}
      {categories.map((c, i) => (
        <div key={i} className="flex flex-wrap items-end gap-2">
          <Field id={`m-cat-${i}`} label={t('fieldCategory', { n: i + 1 })}>
            <input
              id={`m-cat-${i}`}
              className={inputClass}
              value={c.label}
              onChange={(e) => setCategories(categories.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))}
            />
          </Field>
          <Field id={`m-catv-${i}`} label={t('fieldCategoryValue', { n: i + 1 })}>
            <input
              id={`m-catv-${i}`}
              type="number"
              step="any"
              className={`${inputClass} w-32`}
              value={c.value}
              onChange={(e) => setCategories(categories.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))}
            />
          </Field>
          <Button variant="secondary" onClick={() => setCategories(categories.filter((_, j) => j !== i))}>
            {t('removeCategory', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => setCategories([...categories, { label: '', value: '' }])}>
          {t('addCategory')}
        </Button>
        <Button type="submit" disabled={pending || !kpiId}>
          {t('record')}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-green-800">
        {done}
      </p>
    </form>
  );
}
