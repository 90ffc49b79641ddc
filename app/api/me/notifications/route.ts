import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TNotificationsResponse } from '@/lib/contracts/notifications';
import { listNotifications, unreadCount } from '@/lib/services/notifications/inbox';

/** My notifications, newest first (`?unread=1`: unread only), with the unread count. */
export const GET = authedRoute(async ({ req, user }) => {
  const db = getDb();
  const unreadOnly = new URL(req.url).searchParams.get('unread') === '1';
  const [notifications, unread] = await Promise.all([
    listNotifications(db, user.id, { unreadOnly }),
    unreadCount(db, user.id),
  ]);
  return { notifications, unread } satisfies TNotificationsResponse;
});
