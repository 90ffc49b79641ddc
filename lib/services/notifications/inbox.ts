import type { TDb } from '../../db/client';
import {
  NOTIFICATION_KINDS,
  type TMarkRead,
  type TNotification,
  type TNotificationKind,
  ZNotificationParamsSchema,
} from '../../contracts/notifications';
import { broadcastToUser } from '../../realtime/broadcast';

// A member reads only their own notifications, and only those of assessments they still belong
// to: leaving an assessment takes its notifications out of the inbox.

function visible(db: TDb, userId: string) {
  return db
    .selectFrom('notifications')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.assessment_id', '=', 'notifications.assessment_id')
        .onRef('memberships.user_id', '=', 'notifications.user_id'),
    )
    .where('notifications.user_id', '=', userId)
    .where((eb) => eb.or([eb('notifications.assessment_id', 'is', null), eb('memberships.user_id', 'is not', null)]));
}

/** How many of the member's notifications are unread. */
export async function unreadCount(db: TDb, userId: string): Promise<number> {
  const row = await visible(db, userId)
    .where('notifications.read_at', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The member's notifications, newest first. */
export async function listNotifications(
  db: TDb,
  userId: string,
  opts: { unreadOnly?: boolean; limit?: number } = {},
): Promise<TNotification[]> {
  let q = visible(db, userId)
    .select([
      'notifications.id',
      'notifications.kind',
      'notifications.assessment_id',
      'notifications.link',
      'notifications.params',
      'notifications.created_at',
      'notifications.read_at',
    ])
    .orderBy('notifications.created_at', 'desc')
    .orderBy('notifications.id')
    .limit(opts.limit ?? 100);
  if (opts.unreadOnly) q = q.where('notifications.read_at', 'is', null);
  const rows = await q.execute();
  return rows
    .filter((r) => (NOTIFICATION_KINDS as readonly string[]).includes(r.kind))
    .map((r) => ({
      id: r.id,
      kind: r.kind as TNotificationKind,
      assessmentId: r.assessment_id,
      link: r.link,
      params: ZNotificationParamsSchema.catch({}).parse(JSON.parse(r.params)),
      createdAt: r.created_at,
      readAt: r.read_at,
    }));
}

/** Marks some (only the member's own) or all of the member's notifications read; returns the unread count. */
export async function markRead(db: TDb, userId: string, input: TMarkRead, now = new Date()): Promise<number> {
  let q = db
    .updateTable('notifications')
    .set({ read_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if ('ids' in input) q = q.where('id', 'in', input.ids);
  await q.execute();
  const unread = await unreadCount(db, userId);
  // The member's other tabs and devices update their count too.
  broadcastToUser(userId, 'notifications:unread', { unread });
  return unread;
}
