import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { NotificationList } from '@/components/notifications/notification-list';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { listNotifications, unreadCount } from '@/lib/services/notifications/inbox';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notification'))('title') };
}

/** What the member has been told across their assessments, newest first. */
export default withClientMessages(['notification'], async function NotificationsPage() {
  const user = await requirePageUser('/notifications');
  const db = getDb();
  const [t, notifications, unread] = await Promise.all([
    getTranslations('notification'),
    listNotifications(db, user.id),
    unreadCount(db, user.id),
  ]);
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <NotificationList initial={{ notifications, unread }} />
    </div>
  );
});
