'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';
import { FormField } from '../ui/form-field';
import { useProfileForm } from './use-profile-form';

const noSubscription = () => () => undefined;

/** Changes the signed-in user's time zone, in which every time in the app is shown to them. */
export function TimeZoneForm({ current, timeZones }: { current: string | null; timeZones: string[] }) {
  const t = useTranslations('profile');
  const tc = useTranslations('common');
  const { form, formProps, formError, pending, saved, changed } = useProfileForm({ timeZone: current ?? 'UTC' });
  const value = form.watch('timeZone') ?? 'UTC';
  // Known only in the browser; null while rendering on the server, so hydration matches.
  const browserZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  const options = timeZones.includes(value) ? timeZones : [value, ...timeZones];

  return (
    <form {...formProps} className="grid max-w-md gap-3">
      <FormError message={formError} />
      <FormField
        form={form}
        name="timeZone"
        id="profile-timeZone"
        label={t('timeZoneLabel')}
        hint={t('timeZoneHint')}
        options={{ onChange: changed }}
      >
        {(control) => (
          <select {...control} className={inputClass}>
            {options.map((tz) => (
              <option key={tz}>{tz}</option>
            ))}
          </select>
        )}
      </FormField>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? tc('saving') : tc('save')}
        </Button>
        {browserZone && browserZone !== value && (
          <Button variant="secondary" onClick={() => (form.setValue('timeZone', browserZone), changed())}>
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
