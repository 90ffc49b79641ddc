'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { TAssessment } from '@/lib/contracts/assessments';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';

type TProps = {
  assessmentId: string;
  current: Pick<TAssessment, 'continuity' | 'expectedDuration'>;
  /** Whether the assessment is still being prepared, when alone these choices change. */
  mayChange: boolean;
};

/**
 * Step 1's choices (Part II of the guide, the scope of the assessment): whether it is a one-off
 * event or a continuous process, and how long it is expected to take; facilitators, while preparing.
 */
export function StepOneChoices({ assessmentId, current, mayChange }: TProps) {
  const t = useTranslations('governance');
  const tc = useTranslations('common');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  if (!mayChange) return <p className="mt-1 text-xs text-slate-600">{t('stepOneLocked')}</p>;
  if (!open)
    return (
      <Button variant="secondary" className="mt-2 !px-2 !py-1 text-xs" onClick={() => setOpen(true)}>
        {t('changeStepOne')}
      </Button>
    );

  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const res = await sendJson(`/api/assessments/${assessmentId}/step-one`, 'PUT', {
      continuity: data.get('continuity'),
      durationMin: Number(data.get('durationMin')),
      durationMax: Number(data.get('durationMax')),
      durationUnit: data.get('durationUnit'),
    });
    if (!res.ok) return (setError(res.error), setFieldErrors(res.fieldErrors));
    setError(null);
    setFieldErrors({});
    setOpen(false);
    router.refresh();
  };
  const { min, max, unit } = current.expectedDuration;
  return (
    <form onSubmit={(e) => void save(e)} className="mt-2 grid gap-3 rounded-md border border-slate-300 bg-white p-3">
      <FormError message={error} />
      <fieldset>
        <legend className="text-sm font-semibold">{t('continuity')}</legend>
        {(['one-off', 'continuous'] as const).map((c) => (
          <label key={c} className="flex items-center gap-2 text-sm">
            <input type="radio" name="continuity" value={c} defaultChecked={current.continuity === c} />
            {t(`continuityOption.${c}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-semibold">{t('expectedDuration')}</legend>
        <p className="text-xs text-slate-600">{t('durationHint')}</p>
        <div className="flex flex-wrap items-end gap-2">
          <Field id="duration-min" label={t('durationFrom')} errors={fieldErrors.durationMin}>
            <input
              id="duration-min"
              name="durationMin"
              type="number"
              min={1}
              defaultValue={min}
              className={`${inputClass} w-24`}
            />
          </Field>
          <Field id="duration-max" label={t('durationTo')} errors={fieldErrors.durationMax}>
            <input
              id="duration-max"
              name="durationMax"
              type="number"
              min={1}
              defaultValue={max}
              className={`${inputClass} w-24`}
            />
          </Field>
          <Field id="duration-unit" label={t('durationUnit')} errors={fieldErrors.durationUnit}>
            <select id="duration-unit" name="durationUnit" defaultValue={unit} className={inputClass}>
              <option value="weeks">{t('unit.weeks')}</option>
              <option value="months">{t('unit.months')}</option>
            </select>
          </Field>
        </div>
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit">{t('saveStepOne')}</Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {tc('cancel')}
        </Button>
      </div>
    </form>
  );
}
