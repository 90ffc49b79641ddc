'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useLiveRoom } from './live-room-provider';

/**
 * The facilitators' latest announcement as a dismissible banner; the region is live so screen readers hear a new one.
 */
export function AnnouncementBanner() {
  const t = useTranslations('live');
  const { state } = useLiveRoom();
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);
  const a = state?.announcement ?? null;
  const shown = a !== null && a.at !== dismissedAt;
  return (
    <div aria-live="polite" aria-atomic="true">
      {shown && (
        <div
          className="mb-2 flex items-start gap-3 rounded-md border border-brand-600 bg-brand-50 p-3 text-sm"
          data-testid="live-announcement"
        >
          <p className="flex-1">
            <span className="font-semibold">{t('announcementFrom', { name: a.byName })}</span>
            {a.text}
          </p>
          <button
            type="button"
            className="rounded-md border border-slate-400 bg-white px-2 py-0.5"
            onClick={() => setDismissedAt(a.at)}
          >
            {t('dismiss')}
            <span className="sr-only">{t('dismissWhat')}</span>
          </button>
        </div>
      )}
    </div>
  );
}
