'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useUnreadCount } from './use-unread-count';

/** The header's link to the notifications page, with the unread count kept live. */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations('notification');
  const unread = useUnreadCount(initialUnread);
  return (
    <Link
      href="/notifications"
      className="relative inline-flex items-center gap-1 underline-offset-2 hover:underline"
      aria-label={t('bellUnread', { n: unread })}
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      <span className="sr-only sm:not-sr-only">{t('bell')}</span>
      {unread > 0 ? (
        <span
          data-testid="notification-count"
          className="min-w-5 rounded-full bg-amber-400 px-1.5 text-center text-xs font-bold text-brand-900"
        >
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
