'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import type { TKpiSheet, TKpiSheetResponse } from '@/lib/contracts/plan';
import { KPI_TEXT_FIELDS, missingMandatoryFields } from '@/lib/domain/plan/kpi-sheet';
import { useFormat } from '@/lib/i18n/client';
import { kpiMetadataFields, kpiTypologies } from '@/lib/idg/process';

const typesField = kpiMetadataFields.find((f) => f.field === 'types');

const orNull = (v: unknown) => (typeof v === 'string' ? v.trim() || null : v);
const numberOrNull = (v: unknown) => (String(v).trim() === '' ? null : Number(v));

/** One Annex 11 KPI metadata sheet as a form: fields a–o (mandatory ones marked), typologies, baseline and roles. */
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
  const format = useFormat();
  const [saved, setSaved] = useState<TKpiSheet>(sheet);
  const [status, setStatus] = useState('');
  const { form, formProps, formError } = useSchemaForm({
    schema: () => import('@/lib/contracts/plan').then((m) => m.ZKpiSheetInputSchema),
    defaultValues: {
      fields: Object.fromEntries(KPI_TEXT_FIELDS.map((f) => [f.field, sheet.fields[f.field] ?? ''])),
      types: sheet.types,
      baselineValue: sheet.baselineValue,
      baselineDate: sheet.baselineDate,
      targetNumber: sheet.targetNumber,
      targetDate: sheet.targetDate,
      owner: sheet.owner,
      custodian: sheet.custodian,
      steward: sheet.steward,
    },
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
  const missing = missingMandatoryFields(saved);
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
      {missing.length > 0 ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          {t('neededBefore', { fields: missing.join('; ') })}
        </p>
      ) : (
        <p className="text-sm text-green-800">{t('allFilled')}</p>
      )}
      {KPI_TEXT_FIELDS.map((f) => (
        <FormField
          key={f.field}
          form={form}
          name={`fields.${f.field}`}
          id={id(f.field)}
          label={`${f.key}) ${f.title}${f.mandatory ? t('mandatory') : ''}`}
        >
          {(control) => (
            <textarea {...control} className={inputClass} rows={f.field === 'name' ? 1 : 2} readOnly={!canEdit} />
          )}
        </FormField>
      ))}
      <fieldset className="grid gap-1">
        <legend className="text-sm font-medium">
          {typesField ? `${typesField.key}) ${typesField.title}` : t('typeOfIndicator')}
        </legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {kpiTypologies.map((t) => (
            <label key={t} className="flex items-center gap-1 text-sm">
              <input type="checkbox" value={t} {...form.register('types')} disabled={!canEdit} /> {t}
            </label>
          ))}
        </div>
      </fieldset>
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
