'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import type { TKpiSheet, TKpiSheetResponse } from '@/lib/contracts/plan';
import { KPI_TEXT_FIELDS, isBlankKpiSheet, missingMandatoryFields } from '@/lib/domain/plan/kpi-sheet';
import { useFormat } from '@/lib/i18n/client';
import { kpiFieldWords } from '@/lib/i18n/guide-words';
import { KpiCriteriaCheck } from './kpi-criteria-check';
import { KpiExampleFill } from './kpi-example-fill';
import { KpiSheetFields } from './kpi-sheet-fields';

const orNull = (v: unknown) => (typeof v === 'string' ? v.trim() || null : v);
const numberOrNull = (v: unknown) => (String(v).trim() === '' ? null : Number(v));

/** The form's values for a sheet the server sent. */
const valuesOf = (sheet: TKpiSheet) => ({
  fields: Object.fromEntries(KPI_TEXT_FIELDS.map((f) => [f.field, sheet.fields[f.field] ?? ''])),
  types: sheet.types,
  criteria: sheet.criteria,
  baselineValue: sheet.baselineValue,
  baselineDate: sheet.baselineDate,
  targetNumber: sheet.targetNumber,
  targetDate: sheet.targetDate,
  owner: sheet.owner,
  custodian: sheet.custodian,
  steward: sheet.steward,
});

/**
 * One Annex 11 KPI metadata sheet as a form: fields a–o (mandatory ones marked), the guide's
 * selection criteria it meets, baseline and roles; an empty sheet may be filled from the example.
 */
export function KpiSheetEditor({
  assessmentId,
  sheet,
  canEdit,
}: {
  assessmentId: string;
  sheet: TKpiSheet;
  canEdit: boolean;
}) {
  const t = useTranslations('plan');
  const tg = useTranslations('guideWords');
  const router = useRouter();
  const format = useFormat();
  const [saved, setSaved] = useState<TKpiSheet>(sheet);
  const [status, setStatus] = useState('');
  const { form, formProps, formError } = useSchemaForm({
    schema: () => import('@/lib/contracts/plan').then((m) => m.ZKpiSheetInputSchema),
    defaultValues: valuesOf(sheet),
    // A field left empty is not sent: the sheet has no value for it.
    send: (values) =>
      sendJson<TKpiSheetResponse>(`/api/assessments/${assessmentId}/kpis/${sheet.id}`, 'PUT', {
        ...values,
        fields: Object.fromEntries(Object.entries(values.fields).filter(([, v]) => v.trim().length > 0)),
      }),
    onSuccess: (data) => {
      setSaved(data.kpi);
      setStatus(t('savedAt', { time: format.time(new Date()) }));
    },
  });
  const filled = (kpi: TKpiSheet) => {
    setSaved(kpi);
    form.reset(valuesOf(kpi));
    setStatus(t('filledFromExample'));
    router.refresh();
  };
  const missing = missingMandatoryFields(saved, (f) => kpiFieldWords(tg, f).title);
  const id = (k: string) => `${sheet.id}-${k}`;
  const short = (name: 'baselineValue' | 'owner' | 'custodian' | 'steward', key: string, label: string) => (
    <FormField form={form} name={name} id={id(key)} label={label} options={{ setValueAs: orNull }}>
      {(control) => <input {...control} className={inputClass} readOnly={!canEdit} />}
    </FormField>
  );
  const date = (name: 'baselineDate' | 'targetDate', key: string, label: string) => (
    <FormField form={form} name={name} id={id(key)} label={label} options={{ setValueAs: orNull }}>
      {(control) => <input {...control} type="date" className={inputClass} readOnly={!canEdit} />}
    </FormField>
  );
  return (
    <form {...formProps} className="grid gap-3" aria-label={t('sheetLabel', { name: saved.name })}>
      <FormError message={formError} />
      {canEdit && isBlankKpiSheet(saved) && (
        <KpiExampleFill assessmentId={assessmentId} kpiId={sheet.id} onFilled={filled} />
      )}
      {missing.length > 0 ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          {t('neededBefore', { fields: missing.join('; ') })}
        </p>
      ) : (
        <p className="text-sm text-green-800">{t('allFilled')}</p>
      )}
      <KpiSheetFields form={form} canEdit={canEdit} idPrefix={sheet.id} />
      <KpiCriteriaCheck form={form} canEdit={canEdit} idPrefix={sheet.id} />
      <div className="grid gap-2 sm:grid-cols-2">
        {short('baselineValue', 'bv', t('baselineValue'))}
        {date('baselineDate', 'bd', t('baselineDate'))}
        <FormField
          form={form}
          name="targetNumber"
          id={id('tn')}
          label={t('targetNumber')}
          options={{ setValueAs: numberOrNull }}
        >
          {(control) => <input {...control} type="number" step="any" className={inputClass} readOnly={!canEdit} />}
        </FormField>
        {date('targetDate', 'td', t('targetDate'))}
        {short('owner', 'ow', t('kpiOwner'))}
        {short('custodian', 'cu', t('custodian'))}
        {short('steward', 'st', t('steward'))}
      </div>
      {canEdit && (
        <div className="flex items-center gap-3">
          <Button type="submit">{t('saveSheet')}</Button>
          <p role="status" className="text-sm text-slate-700">
            {status}
          </p>
        </div>
      )}
    </form>
  );
}
