import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TNotificationSettings, ZNotificationSettingsSchema } from '@/lib/contracts/notifications';
import { notificationSettings, saveNotificationSettings } from '@/lib/services/notifications/settings';

/** How I am told of each kind of notification. */
export const GET = authedRoute(async ({ user }) => {
  return (await notificationSettings(getDb(), user.id)) satisfies TNotificationSettings;
});

/** Changes how I am told of the kinds given. */
export const PUT = authedRoute(async ({ req, user }) => {
  const db = getDb();
  const input = await parseBody(req, ZNotificationSettingsSchema);
  return (await saveNotificationSettings(db, user.id, input)) satisfies TNotificationSettings;
});
