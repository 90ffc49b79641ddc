'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState, useSyncExternalStore } from 'react';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';
import { useProfileSave } from './use-profile-save';

const noSubscription = () => () => undefined;

/** Changes the signed-in user's time zone, in which every time in the app is shown to them. */
export function TimeZoneForm({ current, timeZones }: { current: string | null; timeZones: string[] }) {
  const t = useTranslations('profile');
  const tc = useTranslations('common');
  const [value, setValue] = useState(current ?? 'UTC');
  const { error, fieldErrors, saved, pending, save, changed } = useProfileSave();
  // Known only in the browser; null while rendering on the server, so hydration matches.
  const browserZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  const options = timeZones.includes(value) ? timeZones : [value, ...timeZones];

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    return save({ timeZone: value });
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="grid max-w-md gap-3" noValidate>
      <FormError message={error} />
      <Field id="profile-timeZone" label={t('timeZoneLabel')} errors={fieldErrors.timeZone} hint={t('timeZoneHint')}>
        <select
          id="profile-timeZone"
          value={value}
          onChange={(e) => (setValue(e.target.value), changed())}
          className={inputClass}
          aria-invalid={Boolean(fieldErrors.timeZone)}
          aria-describedby="profile-timeZone-hint"
        >
          {options.map((tz) => (
            <option key={tz}>{tz}</option>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc('saving') : tc('save')}
        </Button>
        {browserZone && browserZone !== value && (
          <Button variant="secondary" onClick={() => (setValue(browserZone), changed())}>
            {t('useDeviceZone', { zone: browserZone })}
          </Button>
        )}
      </div>
      <p role="status" className="text-sm text-emerald-800">
        {saved ? t('timeZoneSaved', { zone: value }) : ''}
      </p>
    </form>
  );
}
