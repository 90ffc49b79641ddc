'use client';

import { useTranslations } from 'next-intl';
import type { UseFormReturn } from 'react-hook-form';
import type { TCreateAssessmentInput } from '@/lib/contracts/assessments';
import { inputClass } from '../ui/field';
import { FormField } from '../ui/form-field';

/**
 * Step 1's choices (Part II of the guide, the scope of the assessment) made at creation: a one-off
 * event or a continuous process, and the expected duration, the guide's two to three months first.
 */
export function CreateStepOneFields({ form }: { form: UseFormReturn<TCreateAssessmentInput> }) {
  const t = useTranslations('governance');
  const number = { valueAsNumber: true } as const;
  return (
    <>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t('continuity')}</legend>
        {(['one-off', 'continuous'] as const).map((c) => (
          <label key={c} className="flex items-center gap-2 text-sm">
            <input type="radio" value={c} {...form.register('stepOne.continuity')} />
            {t(`continuityOption.${c}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="grid gap-2" aria-describedby="duration-hint">
        <legend className="text-sm font-medium">{t('expectedDuration')}</legend>
        <p id="duration-hint" className="text-xs text-slate-600">
          {t('durationHint')}
        </p>
        <div className="flex flex-wrap items-start gap-2">
          <FormField
            form={form}
            name="stepOne.durationMin"
            id="duration-min"
            label={t('durationFrom')}
            options={number}
          >
            {(control) => <input {...control} type="number" min={1} className={`${inputClass} w-24`} />}
          </FormField>
          <FormField form={form} name="stepOne.durationMax" id="duration-max" label={t('durationTo')} options={number}>
            {(control) => <input {...control} type="number" min={1} className={`${inputClass} w-24`} />}
          </FormField>
          <FormField form={form} name="stepOne.durationUnit" id="duration-unit" label={t('durationUnit')}>
            {(control) => (
              <select {...control} className={inputClass}>
                <option value="weeks">{t('unit.weeks')}</option>
                <option value="months">{t('unit.months')}</option>
              </select>
            )}
          </FormField>
        </div>
      </fieldset>
    </>
  );
}
