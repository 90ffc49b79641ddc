'use client';

import { useTranslations } from 'next-intl';

type TAnnouncementProps = { byName: string; text: string; onDismiss: () => void };

/** One announcement of the facilitators, with its dismiss button. */
export function Announcement({ byName, text, onDismiss }: TAnnouncementProps) {
  const t = useTranslations('live');
  return (
    <div
      className="mb-2 flex items-start gap-3 rounded-md border border-brand-600 bg-brand-50 p-3 text-sm"
      data-testid="live-announcement"
    >
      <p className="flex-1">
        <span className="font-semibold">{t('announcementFrom', { name: byName })}</span>
        {text}
      </p>
      <button type="button" className="rounded-md border border-slate-400 bg-white px-2 py-0.5" onClick={onDismiss}>
        {t('dismiss')}
        <span className="sr-only">{t('dismissWhat')}</span>
      </button>
    </div>
  );
}
