'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type TNotificationSettings } from '@/lib/contracts/notifications';

/** Per kind of notification: in the app only, by mail at once, or in the morning digest. */
export function NotificationSettingsForm({ initial }: { initial: TNotificationSettings }) {
  const t = useTranslations('notification');
  const tc = useTranslations('common');
  const [saved, setSaved] = useState(false);
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/notifications').then((m) => m.ZNotificationSettingsSchema),
    defaultValues: { channels: initial.channels },
    send: (values) => {
      setSaved(false);
      return sendJson<TNotificationSettings>('/api/me/notification-settings', 'PUT', values);
    },
    onSuccess: (data) => {
      form.reset({ channels: data.channels });
      setSaved(true);
    },
  });

  return (
    <form {...formProps} className="grid gap-3">
      <p className="text-sm text-slate-700">{initial.mailAvailable ? t('settingsHint') : t('settingsNoMail')}</p>
      <FormError message={formError} />
      <div className="grid gap-2 md:grid-cols-2">
        {NOTIFICATION_KINDS.map((kind) => (
          <FormField
            key={kind}
            form={form}
            name={`channels.${kind}`}
            id={`notify-${kind}`}
            label={t(`label.${kind}`)}
            options={{ onChange: () => setSaved(false) }}
          >
            {(control) => (
              <select {...control} className={inputClass} disabled={!initial.mailAvailable}>
                {NOTIFICATION_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {t(`channel.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
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
