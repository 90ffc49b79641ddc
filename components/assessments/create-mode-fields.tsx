'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { TCreateAssessmentInput } from '@/lib/contracts/assessments';
import type { TAssessmentMode } from './types';
import { inputClass } from '../ui/field';
import { FormField } from '../ui/form-field';

/** A mode as the create form offers it, with what choosing it sets. */
export type TCreateMode = TAssessmentMode & {
  /** Whether the guide allows running it together with the other facilitated mode. */
  concurrentAllowed: boolean;
  /** The role its creator takes unless they choose another: no external facilitator in a self-assessment. */
  creatorRole: 'EF' | 'LF';
};

type TProps = { form: UseFormReturn<TCreateAssessmentInput>; modes: TCreateMode[] };

/**
 * The mode (Annex 4) and what follows from it: modes 1 and 2 may run together; mode 3 needs no
 * external facilitator and gets its Annex 7 structure when created, which the form says.
 */
export function CreateModeFields({ form, modes }: TProps) {
  const t = useTranslations('assessments');
  const tm = useTranslations('modes');
  const mode = modes.find((m) => m.id === form.watch('mode'));
  const firstRender = useRef(true);

  // Choosing a mode sets its defaults: the creator's role, unless they chose one, and no
  // concurrent running where the guide does not allow it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!mode) return;
    if (!mode.concurrentAllowed) form.setValue('concurrent', false);
    if (!form.getFieldState('creatorRole').isDirty) form.setValue('creatorRole', mode.creatorRole);
  }, [form, mode]);

  return (
    <>
      <FormField form={form} name="mode" id="mode" label={t('fieldMode')} options={{ valueAsNumber: true }}>
        {(control) => (
          <select {...control} className={inputClass}>
            {modes.map((m) => (
              <option key={m.id} value={m.id}>
                {t('modeLine', { mode: m.id, name: m.name })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {mode?.concurrentAllowed && (
        <div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" aria-describedby="concurrent-hint" {...form.register('concurrent')} />
            {tm('concurrent')}
          </label>
          <p id="concurrent-hint" className="mt-1 text-xs text-slate-600">
            {tm('concurrentHint')}
          </p>
        </div>
      )}
      {mode?.id === 3 && (
        <div className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm" data-testid="mode-3-defaults">
          <p className="font-semibold">{t('selfAssessmentDefaults')}</p>
          <ul className="ml-5 list-disc">
            <li>{t('selfAssessmentNoExternal')}</li>
            <li>{t('selfAssessmentStructure')}</li>
          </ul>
        </div>
      )}
    </>
  );
}
