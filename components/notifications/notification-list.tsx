'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { fetchJson } from '@/components/ui/query-fetch';
import { queryKeys } from '@/components/ui/query-keys';
import type { TNotification, TNotificationsResponse, TUnreadResponse } from '@/lib/contracts/notifications';
import { notificationLine } from '@/lib/domain/notifications/notification-line';
import { useFormat } from '@/lib/i18n/client';
import { useUnreadCount } from './use-unread-count';

const noItems: TNotification[] = [];

/** The member's notifications: each a line and a link to the place, read or unread, newest first. */
export function NotificationList({ initial }: { initial: TNotificationsResponse }) {
  const t = useTranslations('notification');
  const f = useFormat();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unread = useUnreadCount(initial.unread);
  // Read again when the count is pushed (a new notification, one read in another tab), when the
  // filter changes and after marking; the first page comes with the page.
  const { data } = useQuery({
    queryKey: queryKeys.notificationList(unreadOnly),
    queryFn: () => fetchJson<TNotificationsResponse>(`/api/me/notifications${unreadOnly ? '?unread=1' : ''}`),
    initialData: unreadOnly ? undefined : initial,
    // Switching the filter shows the last list until the other one is read.
    placeholderData: keepPreviousData,
  });
  const items = data?.notifications ?? noItems;

  async function mark(body: { ids: string[] } | { all: true }) {
    setError(null);
    const res = await sendJson<TUnreadResponse>('/api/me/notifications/read', 'POST', body);
    if (!res.ok) return setError(res.error);
    queryClient.setQueryData(queryKeys.unreadNotifications(), res.data.unread);
    await queryClient.invalidateQueries({ queryKey: queryKeys.notificationLists() });
  }

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
          {t('unreadFilter')}
        </label>
        <Button variant="secondary" onClick={() => void mark({ all: true })} disabled={unread === 0}>
          {t('markAllRead')}
        </Button>
        <p role="status" className="text-sm text-slate-700">
          {unread === 0 && items.length > 0 ? t('allRead') : ''}
        </p>
      </div>
      <FormError message={error} />
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t('empty')}</p>
      ) : (
        <ul className="grid gap-2" aria-label={t('title')}>
          {items.map((n) => (
            <li
              key={n.id}
              data-testid="notification"
              className={`flex flex-wrap items-start justify-between gap-3 rounded-lg border p-3 ${
                n.readAt ? 'border-slate-200 bg-white' : 'border-brand-600 bg-sky-50'
              }`}
            >
              <div className="grid gap-1">
                <p className="font-medium">
                  {n.readAt ? null : (
                    <span className="mr-2 rounded bg-brand-600 px-1.5 text-xs text-white">{t('unread')}</span>
                  )}
                  {notificationLine(t, n, f.dateTime)}
                </p>
                <p className="text-xs text-slate-600">
                  <time dateTime={n.createdAt}>{f.dateTime(n.createdAt)}</time>
                </p>
              </div>
              <div className="flex gap-2">
                <Link
                  href={n.link}
                  onClick={() => void (n.readAt ? undefined : mark({ ids: [n.id] }))}
                  className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
                >
                  {t('open')}
                </Link>
                {n.readAt ? null : (
                  <Button variant="secondary" onClick={() => void mark({ ids: [n.id] })}>
                    {t('markRead')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
