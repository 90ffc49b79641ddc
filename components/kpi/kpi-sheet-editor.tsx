'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TKpiSheet, TKpiSheetInput, TKpiSheetResponse } from '@/lib/contracts/plan';
import { KPI_TEXT_FIELDS, isBlankKpiSheet, missingMandatoryFields } from '@/lib/domain/plan/kpi-sheet';
import { useFormat } from '@/lib/i18n/client';
import { KpiCriteriaCheck } from './kpi-criteria-check';
import { KpiExampleFill } from './kpi-example-fill';
import { KpiSheetFields } from './kpi-sheet-fields';

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
  const format = useFormat();
  const router = useRouter();
  const [saved, setSaved] = useState<TKpiSheet>(sheet);
  // The form's controls are uncontrolled: a new key redraws them from a sheet the server filled.
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const missing = missingMandatoryFields(saved);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (k: string) => {
      const v = data.get(k);
      return typeof v === 'string' ? v.trim() : '';
    };
    const orNull = (k: string) => text(k) || null;
    const input: TKpiSheetInput = {
      fields: Object.fromEntries(
        KPI_TEXT_FIELDS.map((f): [string, string] => [f.field, text(`f-${f.field}`)]).filter(([, v]) => v.length > 0),
      ),
      types: data.getAll('types').map(String),
      criteria: data.getAll('criteria').map(String),
      baselineValue: orNull('baselineValue'),
      baselineDate: orNull('baselineDate'),
      targetNumber: text('targetNumber') === '' ? null : Number(text('targetNumber')),
      targetDate: orNull('targetDate'),
      owner: orNull('owner'),
      custodian: orNull('custodian'),
      steward: orNull('steward'),
    };
    const res = await sendJson<TKpiSheetResponse>(`/api/assessments/${assessmentId}/kpis/${sheet.id}`, 'PUT', input);
    if (!res.ok) return setError(res.error);
    setError(null);
    setSaved(res.data.kpi);
    setStatus(t('savedAt', { time: format.time(new Date()) }));
    router.refresh();
  };
  const filled = (kpi: TKpiSheet) => {
    setSaved(kpi);
    setGeneration((g) => g + 1);
    setStatus(t('filledFromExample'));
    router.refresh();
  };
  const id = (k: string) => `${sheet.id}-${k}`;
  return (
    <form
      key={generation}
      onSubmit={(e) => void submit(e)}
      className="grid gap-3"
      aria-label={t('sheetLabel', { name: saved.name })}
    >
      <FormError message={error} />
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
      <KpiSheetFields sheet={saved} canEdit={canEdit} idPrefix={sheet.id} />
      <KpiCriteriaCheck credited={saved.criteria} canEdit={canEdit} idPrefix={sheet.id} />
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id={id('bv')} label={t('baselineValue')}>
          <input
            id={id('bv')}
            name="baselineValue"
            className={inputClass}
            defaultValue={saved.baselineValue ?? ''}
            readOnly={!canEdit}
          />
        </Field>
        <Field id={id('bd')} label={t('baselineDate')}>
          <input
            id={id('bd')}
            name="baselineDate"
            type="date"
            className={inputClass}
            defaultValue={saved.baselineDate ?? ''}
            readOnly={!canEdit}
          />
        </Field>
        <Field id={id('tn')} label={t('targetNumber')}>
          <input
            id={id('tn')}
            name="targetNumber"
            type="number"
            step="any"
            className={inputClass}
            defaultValue={saved.targetNumber ?? ''}
            readOnly={!canEdit}
          />
        </Field>
        <Field id={id('td')} label={t('targetDate')}>
          <input
            id={id('td')}
            name="targetDate"
            type="date"
            className={inputClass}
            defaultValue={saved.targetDate ?? ''}
            readOnly={!canEdit}
          />
        </Field>
        <Field id={id('ow')} label={t('kpiOwner')}>
          <input
            id={id('ow')}
            name="owner"
            className={inputClass}
            defaultValue={saved.owner ?? ''}
            readOnly={!canEdit}
          />
        </Field>
        <Field id={id('cu')} label={t('custodian')}>
          <input
            id={id('cu')}
            name="custodian"
            className={inputClass}
            defaultValue={saved.custodian ?? ''}
            readOnly={!canEdit}
          />
        </Field>
        <Field id={id('st')} label={t('steward')}>
          <input
            id={id('st')}
            name="steward"
            className={inputClass}
            defaultValue={saved.steward ?? ''}
            readOnly={!canEdit}
          />
        </Field>
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
