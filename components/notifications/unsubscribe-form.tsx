'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import type { TNotificationKind, TUnsubscribeResponse } from '@/lib/contracts/notifications';

/**
 * The page a mail's unsubscribe link opens: one button stops that kind of mail. A button rather
 * than the link itself, because mail scanners open links and must not unsubscribe anyone.
 */
export function UnsubscribeForm({ token, kind }: { token: string; kind: TNotificationKind }) {
  const t = useTranslations('notification');
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function stop() {
    const res = await sendJson<TUnsubscribeResponse>(`/api/unsubscribe?token=${encodeURIComponent(token)}`, 'POST');
    if (!res.ok) return setError(res.error);
    setDone(true);
  }
  return (
    <div className="grid gap-3">
      <FormError message={error} />
      {done ? (
        <p role="status">{t('unsubscribed', { kind: t(`label.${kind}`) })}</p>
      ) : (
        <div>
          <Button onClick={() => void stop()}>
            {t('mail.unsubscribeLink')}: {t(`label.${kind}`)}
          </Button>
        </div>
      )}
    </div>
  );
}
