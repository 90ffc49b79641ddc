import type { TDb } from '../../db/client';
import { NOTIFICATION_KINDS, type TNotificationKind, ZNotificationParamsSchema } from '../../contracts/notifications';
import { dueDigestMorning } from '../../domain/notifications/digest-schedule';
import { isValidTimeZone } from '../../domain/time/time-zone';
import { digestMail } from './mail-content';
import { enqueueMail } from './outbox';

/**
 * Queues each member's morning digest once their own 08:00 has come: the notifications they chose
 * to receive that way, made before that morning and still unread, of assessments they still
 * belong to. One mail per member per morning (its key names the local date); the rows are marked
 * so they are never sent twice. Returns how many digests were queued.
 */
export async function runDigests(db: TDb, now = new Date()): Promise<number> {
  const waiting = await db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select(['users.id', 'users.email', 'users.locale', 'users.time_zone'])
    .where('notifications.channel', '=', 'digest')
    .where('notifications.digested_at', 'is', null)
    .distinct()
    .execute();
  let queued = 0;
  for (const user of waiting) {
    const zone = user.time_zone && isValidTimeZone(user.time_zone) ? user.time_zone : 'UTC';
    const morning = dueDigestMorning(now.getTime(), zone);
    if (!morning) continue;
    const rows = await db
      .selectFrom('notifications')
      .leftJoin('memberships', (join) =>
        join
          .onRef('memberships.assessment_id', '=', 'notifications.assessment_id')
          .onRef('memberships.user_id', '=', 'notifications.user_id'),
      )
      .leftJoin('assessments', 'assessments.id', 'notifications.assessment_id')
      .select([
        'notifications.id',
        'notifications.kind',
        'notifications.link',
        'notifications.params',
        'notifications.read_at',
        'memberships.user_id as member',
        'notifications.assessment_id',
        'assessments.title',
      ])
      .where('notifications.user_id', '=', user.id)
      .where('notifications.channel', '=', 'digest')
      .where('notifications.digested_at', 'is', null)
      .where('notifications.created_at', '<', morning.at)
      .orderBy('notifications.created_at')
      .execute();
    if (rows.length === 0) continue;
    const items = rows
      .filter((r) => r.read_at === null && (r.assessment_id === null || r.member !== null))
      .filter((r) => (NOTIFICATION_KINDS as readonly string[]).includes(r.kind))
      .map((r) => ({
        kind: r.kind as TNotificationKind,
        link: r.link,
        params: ZNotificationParamsSchema.catch({}).parse(JSON.parse(r.params)),
        assessment: r.title ?? null,
      }));
    if (items.length > 0) {
      const mail = digestMail(user, items);
      const isNew = await enqueueMail(
        db,
        { dedupeKey: `digest:${user.id}:${morning.date}`, userId: user.id, to: user.email, ...mail },
        now,
      );
      if (isNew) queued += 1;
    }
    await db
      .updateTable('notifications')
      .set({ digested_at: now.toISOString() })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
  }
  return queued;
}
