'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';

type TKpiOption = { id: string; name: string; disaggregation: string };

/** Records one value for one period, with its source and, where the sheet asks, disaggregated values. */
export function MeasurementForm({ assessmentId, kpis }: { assessmentId: string; kpis: TKpiOption[] }) {
  const t = useTranslations('monitoring');
  const router = useRouter();
  const [kpiId, setKpiId] = useState(kpis[0]?.id ?? '');
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [categories, setCategories] = useState<{ label: string; value: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const kpi = kpis.find((k) => k.id === kpiId);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setDone('');
    const disaggregated = Object.fromEntries(
      categories.filter((c) => c.label.trim()).map((c) => [c.label.trim(), Number(c.value)]),
    );
    const result = await sendJson(`/api/assessments/${assessmentId}/monitoring/measurements`, 'POST', {
      kpiId,
      period: period.trim(),
      value: value.trim() === '' ? Number.NaN : Number(value),
      source,
      disaggregated,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setFieldErrors(result.fieldErrors);
      return;
    }
    setError(null);
    setFieldErrors({});
    setValue('');
    setCategories([]);
    setDone(t('recorded'));
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-3" aria-labelledby="record-heading">
      <FormError message={error} />
      <div className="flex flex-wrap gap-3">
        <Field id="m-kpi" label={t('fieldKpi')} errors={fieldErrors.kpiId}>
          <select id="m-kpi" className={inputClass} value={kpiId} onChange={(e) => setKpiId(e.target.value)}>
            {kpis.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="m-period" label={t('fieldPeriod')} hint={t('periodHint')} errors={fieldErrors.period}>
          <input
            id="m-period"
            className={`${inputClass} w-32`}
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            placeholder="2027-Q2"
            required
            aria-describedby="m-period-hint"
          />
        </Field>
        <Field id="m-value" label={t('fieldValue')} errors={fieldErrors.value}>
          <input
            id="m-value"
            type="number"
            step="any"
            className={`${inputClass} w-32`}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            required
          />
        </Field>
        <Field id="m-source" label={t('fieldSource')} errors={fieldErrors.source}>
          <input
            id="m-source"
            className={`${inputClass} w-64`}
            value={source}
            onChange={(e) => setSource(e.target.value)}
            required
          />
        </Field>
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
      {fieldErrors.disaggregated?.map((m) => (
        <p key={m} role="alert" className="text-sm text-red-700">
          {m}
        </p>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => setCategories([...categories, { label: '', value: '' }])}>
          {t('addCategory')}
        </Button>
        <Button type="submit" disabled={busy || !kpiId}>
          {t('record')}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-green-800">
        {done}
      </p>
    </form>
  );
}
