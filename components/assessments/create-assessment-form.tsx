'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import type { TCreateAssessmentInput, TCreatedAssessmentResponse, TStepOneChoices } from '@/lib/contracts/assessments';
import { roleLabel } from '@/lib/i18n/domain-labels';
import { CreateModeFields, type TCreateMode } from './create-mode-fields';
import { CreateStepOneFields } from './create-step-one-fields';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';
import { FormField, fieldMessage } from '../ui/form-field';
import { useSchemaForm } from '../ui/use-schema-form';

type TProps = {
  areas: { id: string; label: string }[];
  modes: TCreateMode[];
  /** Step 1's choices until changed: the guide's. */
  stepOne: TStepOneChoices;
  timeZones: string[];
};

const orNull = (v: unknown) => v || null;

/** The form that creates an assessment, checked with the route's schema; the server has the last word. */
export function CreateAssessmentForm({ areas, modes, stepOne, timeZones }: TProps) {
  const router = useRouter();
  const t = useTranslations('assessments');
  const td = useTranslations('domain');
  const { form, formProps, formError, pending } = useSchemaForm<TCreateAssessmentInput, TCreatedAssessmentResponse>({
    schema: () => import('@/lib/contracts/assessments').then((m) => m.ZCreateAssessmentSchema),
    defaultValues: {
      title: '',
      administration: '',
      country: '',
      scope: 'comprehensive',
      areas: [],
      mode: 2,
      concurrent: false,
      stepOne,
      plannedStart: null,
      plannedEnd: null,
      timeZone: 'UTC',
      creatorRole: 'EF',
    },
    send: (values) =>
      sendJson<TCreatedAssessmentResponse>('/api/assessments', 'POST', {
        ...values,
        areas: values.scope === 'targeted' ? values.areas : [],
      }),
    onSuccess: (data) => router.push(`/assessments/${data.assessment.id}`),
  });
  const scope = form.watch('scope');
  const areasError = fieldMessage(form, 'areas');

  // The administration's time zone defaults to the browser's, known only on the client.
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (timeZones.includes(browserZone)) form.setValue('timeZone', browserZone);
  }, [form, timeZones]);

  return (
    <form {...formProps} className="grid max-w-2xl gap-4">
      <FormError message={formError} />
      <FormField form={form} name="title" id="title" label={t('fieldTitle')}>
        {(control) => <input {...control} required className={inputClass} />}
      </FormField>
      <div className="grid gap-4 md:grid-cols-2">
        <FormField form={form} name="administration" id="administration" label={t('fieldAdministration')}>
          {(control) => <input {...control} required className={inputClass} />}
        </FormField>
        <FormField form={form} name="country" id="country" label={t('fieldCountry')}>
          {(control) => <input {...control} required className={inputClass} />}
        </FormField>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t('scope')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="comprehensive" {...form.register('scope')} />
          {t('scopeComprehensive')}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="targeted" {...form.register('scope')} />
          {t('scopeTargeted')}
        </label>
        {scope === 'targeted' && (
          <fieldset
            className="ml-6 grid gap-1 md:grid-cols-2"
            aria-describedby={areasError ? 'areas-error' : undefined}
          >
            <legend className="sr-only">{t('areasInScope')}</legend>
            {areas.map((a) => (
              <label key={a.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={a.id} {...form.register('areas')} />
                {a.label}
              </label>
            ))}
            {areasError && (
              <p id="areas-error" role="alert" className="text-sm text-red-700">
                ⚠ {areasError}
              </p>
            )}
          </fieldset>
        )}
      </fieldset>
      <CreateModeFields form={form} modes={modes} />
      <CreateStepOneFields form={form} />
      <div className="grid gap-4 md:grid-cols-2">
        <FormField
          form={form}
          name="plannedStart"
          id="plannedStart"
          label={t('plannedStart')}
          options={{ setValueAs: orNull }}
        >
          {(control) => <input {...control} type="date" className={inputClass} />}
        </FormField>
        <FormField
          form={form}
          name="plannedEnd"
          id="plannedEnd"
          label={t('plannedEnd')}
          options={{ setValueAs: orNull }}
        >
          {(control) => <input {...control} type="date" className={inputClass} />}
        </FormField>
      </div>
      <FormField form={form} name="timeZone" id="timeZone" label={t('fieldTimeZone')}>
        {(control) => (
          <select {...control} className={inputClass}>
            {timeZones.map((tz) => (
              <option key={tz}>{tz}</option>
            ))}
          </select>
        )}
      </FormField>
      <FormField form={form} name="creatorRole" id="creatorRole" label={t('creatorRole')}>
        {(control) => (
          <select {...control} className={inputClass}>
            {(['EF', 'LF', 'NCP'] as const).map((r) => (
              <option key={r} value={r}>
                {roleLabel(td, r)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('creating') : t('createAssessment')}
        </Button>
      </div>
    </form>
  );
}
