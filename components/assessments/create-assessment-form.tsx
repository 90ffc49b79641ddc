'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { TCreatedAssessmentResponse } from '@/lib/contracts/assessments';
import { roleLabel } from '@/lib/i18n/domain-labels';
import type { TAssessmentMode } from './types';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';

type TProps = { areas: { id: string; label: string }[]; modes: TAssessmentMode[]; timeZones: string[] };

/** The form that creates an assessment; the server validates and answers with field errors. */
export function CreateAssessmentForm({ areas, modes, timeZones }: TProps) {
  const router = useRouter();
  const t = useTranslations('assessments');
  const td = useTranslations('domain');
  const [scope, setScope] = useState<'comprehensive' | 'targeted'>('comprehensive');
  const timeZoneRef = useRef<HTMLSelectElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  // The administration's time zone defaults to the browser's, known only on the client.
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (timeZoneRef.current && timeZones.includes(browserZone)) timeZoneRef.current.value = browserZone;
  }, [timeZones]);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = {
      administration: form.get('administration'),
      country: form.get('country'),
      title: form.get('title'),
      scope,
      areas: scope === 'targeted' ? form.getAll('areas') : [],
      mode: Number(form.get('mode')),
      plannedStart: form.get('plannedStart') || null,
      plannedEnd: form.get('plannedEnd') || null,
      timeZone: form.get('timeZone'),
      creatorRole: form.get('creatorRole'),
    };
    setPending(true);
    const res = await sendJson<TCreatedAssessmentResponse>('/api/assessments', 'POST', body);
    if (!res.ok) {
      setPending(false);
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      return;
    }
    router.push(`/assessments/${res.data.assessment.id}`);
  }

  const invalid = (k: string) => Boolean(fieldErrors[k]);
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="grid max-w-2xl gap-4" noValidate>
      <FormError message={error} />
      <Field id="title" label={t('fieldTitle')} errors={fieldErrors.title}>
        <input id="title" name="title" required className={inputClass} aria-invalid={invalid('title')} />
      </Field>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="administration" label={t('fieldAdministration')} errors={fieldErrors.administration}>
          <input
            id="administration"
            name="administration"
            required
            className={inputClass}
            aria-invalid={invalid('administration')}
          />
        </Field>
        <Field id="country" label={t('fieldCountry')} errors={fieldErrors.country}>
          <input id="country" name="country" required className={inputClass} aria-invalid={invalid('country')} />
        </Field>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{t('scope')}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="scope"
            value="comprehensive"
            checked={scope === 'comprehensive'}
            onChange={() => setScope('comprehensive')}
          />
          {t('scopeComprehensive')}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="scope"
            value="targeted"
            checked={scope === 'targeted'}
            onChange={() => setScope('targeted')}
          />
          {t('scopeTargeted')}
        </label>
        {scope === 'targeted' && (
          <fieldset
            className="ml-6 grid gap-1 md:grid-cols-2"
            aria-describedby={fieldErrors.areas ? 'areas-error' : undefined}
          >
            <legend className="sr-only">{t('areasInScope')}</legend>
            {areas.map((a) => (
              <label key={a.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="areas" value={a.id} />
                {a.label}
              </label>
            ))}
            {fieldErrors.areas && (
              <p id="areas-error" role="alert" className="text-sm text-red-700">
                ⚠ {fieldErrors.areas.join(' ')}
              </p>
            )}
          </fieldset>
        )}
      </fieldset>
      <Field id="mode" label={t('fieldMode')} errors={fieldErrors.mode}>
        <select id="mode" name="mode" defaultValue="2" className={inputClass}>
          {modes.map((m) => (
            <option key={m.id} value={m.id}>
              {t('modeLine', { mode: m.id, name: m.name })}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id="plannedStart" label={t('plannedStart')} errors={fieldErrors.plannedStart}>
          <input
            id="plannedStart"
            name="plannedStart"
            type="date"
            className={inputClass}
            aria-invalid={invalid('plannedStart')}
          />
        </Field>
        <Field id="plannedEnd" label={t('plannedEnd')} errors={fieldErrors.plannedEnd}>
          <input
            id="plannedEnd"
            name="plannedEnd"
            type="date"
            className={inputClass}
            aria-invalid={invalid('plannedEnd')}
          />
        </Field>
      </div>
      <Field id="timeZone" label={t('fieldTimeZone')} errors={fieldErrors.timeZone}>
        <select id="timeZone" name="timeZone" ref={timeZoneRef} defaultValue="UTC" className={inputClass}>
          {timeZones.map((tz) => (
            <option key={tz}>{tz}</option>
          ))}
        </select>
      </Field>
      <Field id="creatorRole" label={t('creatorRole')} errors={fieldErrors.creatorRole}>
        <select id="creatorRole" name="creatorRole" defaultValue="EF" className={inputClass}>
          {(['EF', 'LF', 'NCP'] as const).map((r) => (
            <option key={r} value={r}>
              {roleLabel(td, r)}
            </option>
          ))}
        </select>
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('creating') : t('createAssessment')}
        </Button>
      </div>
    </form>
  );
}
