'use client';

import { useTranslations } from 'next-intl';
import { inputClass } from '@/components/ui/field';
import { FormField } from '@/components/ui/form-field';
import { kpiFieldWords } from '@/lib/i18n/guide-words';
import { kpiMetadataFields, kpiTypologies } from '@/lib/idg/process';
import type { TKpiForm } from './kpi-form';

/**
 * Annex 11's fields a to o in the guide's order, each titled as the annex titles it with the
 * guide's prompt under it as help (in the member's language); g is a choice among Annex 10's typologies.
 */
export function KpiSheetFields({ form, canEdit, idPrefix }: { form: TKpiForm; canEdit: boolean; idPrefix: string }) {
  const t = useTranslations('plan');
  const tg = useTranslations('guideWords');
  return kpiMetadataFields.map((f) => {
    const id = `${idPrefix}-${f.field}`;
    const { title, prompt } = kpiFieldWords(tg, f);
    const label = `${f.key}) ${title}${f.mandatory ? t('mandatory') : ''}`;
    if (f.field === 'types')
      return (
        <fieldset key={f.field} className="grid gap-1" aria-describedby={`${id}-hint`}>
          <legend className="text-sm font-medium">{label}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {kpiTypologies.map((type) => (
              <label key={type} className="flex items-center gap-1 text-sm">
                <input type="checkbox" value={type} {...form.register('types')} disabled={!canEdit} /> {type}
              </label>
            ))}
          </div>
          <p id={`${id}-hint`} className="text-xs text-slate-600">
            {prompt}
          </p>
        </fieldset>
      );
    return (
      <FormField key={f.field} form={form} name={`fields.${f.field}`} id={id} label={label} hint={prompt}>
        {(control) => (
          <textarea {...control} className={inputClass} rows={f.field === 'name' ? 1 : 2} readOnly={!canEdit} />
        )}
      </FormField>
    );
  });
}
