'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type TNotificationChannel,
  type TNotificationSettings,
} from '@/lib/contracts/notifications';

/** Per kind of notification: in the app only, by mail at once, or in the morning digest. */
export function NotificationSettingsForm({ initial }: { initial: TNotificationSettings }) {
  const t = useTranslations('notification');
  const tc = useTranslations('common');
  const [channels, setChannels] = useState(initial.channels);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setSaved(false);
    setError(null);
    const res = await sendJson<TNotificationSettings>('/api/me/notification-settings', 'PUT', { channels });
    setPending(false);
    if (!res.ok) return setError(res.error);
    setChannels(res.data.channels);
    setSaved(true);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="grid gap-3" noValidate>
      <p className="text-sm text-slate-700">{initial.mailAvailable ? t('settingsHint') : t('settingsNoMail')}</p>
      <FormError message={error} />
      <div className="grid gap-2 md:grid-cols-2">
        {NOTIFICATION_KINDS.map((kind) => (
          <div key={kind} className="grid gap-1">
            <label htmlFor={`notify-${kind}`} className="text-sm font-medium">
              {t(`label.${kind}`)}
            </label>
            <select
              id={`notify-${kind}`}
              className={inputClass}
              value={channels[kind]}
              disabled={!initial.mailAvailable}
              onChange={(e) => {
                setSaved(false);
                setChannels({ ...channels, [kind]: e.target.value as TNotificationChannel });
              }}
            >
              {NOTIFICATION_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {initial.mailAvailable ? (
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? tc('saving') : t('save')}
          </Button>
        </div>
      ) : null}
      <p role="status" className="text-sm text-emerald-800">
        {saved ? t('settingsSaved') : ''}
      </p>
    </form>
  );
}
