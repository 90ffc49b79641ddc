import crypto from 'node:crypto';
import type { TDb } from '../../db/client';
import type { TNotificationKind, TNotificationParams } from '../../contracts/notifications';
import { ZRoleSchema } from '../../domain/access/role-schema';
import { effectiveChannel } from '../../domain/notifications/channels';
import { broadcastToUser } from '../../realtime/broadcast';
import type { TMembership } from '../access/membership';
import { isMailConfigured } from '../accounts/mail';
import { notificationMail } from './mail-content';
import { unreadCount } from './inbox';
import { enqueueMail } from './outbox';
import { chosenChannels } from './settings';

export type TNotifyInput = {
  kind: TNotificationKind;
  assessmentId: string;
  /** Who did it; never told about their own doing. */
  actorId: string | null;
  recipientIds: readonly string[];
  /** A path inside the site, to the exact place. */
  link: string;
  /** The place's label (a question's number, a session's title) and a due date; the actor's name is added. */
  params?: Omit<TNotificationParams, 'actor' | 'assessment'>;
  /**
   * Whether this member may see the place the notification links to. Required, so that every
   * kind says who may hear of it: nobody is told about what they may not see.
   */
  mayNotify: (member: TMembership) => boolean;
};

/**
 * Tells the people concerned: a row each (their inbox and the header's count, pushed live), and a
 * mail at once for those who chose it. Members of other assessments, former members and those
 * who may not see the place are skipped. Returns who was told.
 */
export async function notify(db: TDb, input: TNotifyInput, now = new Date()): Promise<string[]> {
  const ids = [...new Set(input.recipientIds)].filter((id) => id !== input.actorId);
  if (ids.length === 0) return [];
  const [rows, assessment, actor] = await Promise.all([
    db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.id', 'users.email', 'users.locale', 'users.time_zone', 'memberships.role'])
      .where('memberships.assessment_id', '=', input.assessmentId)
      .where('users.id', 'in', ids)
      .execute(),
    db.selectFrom('assessments').select('title').where('id', '=', input.assessmentId).executeTakeFirst(),
    input.actorId
      ? db.selectFrom('users').select('name').where('id', '=', input.actorId).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  const recipients = rows.filter((r) => {
    const role = ZRoleSchema.safeParse(r.role);
    return role.success && input.mayNotify({ assessmentId: input.assessmentId, userId: r.id, role: role.data });
  });
  if (recipients.length === 0) return [];
  const params: TNotificationParams = { ...input.params, ...(actor ? { actor: actor.name } : {}) };
  const chosen = await chosenChannels(
    db,
    recipients.map((r) => r.id),
  );
  const mailAvailable = isMailConfigured();
  const made = recipients.map((r) => ({
    recipient: r,
    id: crypto.randomUUID(),
    channel: effectiveChannel(input.kind, chosen.get(r.id)?.[input.kind], mailAvailable),
  }));
  await db
    .insertInto('notifications')
    .values(
      made.map((m) => ({
        id: m.id,
        user_id: m.recipient.id,
        assessment_id: input.assessmentId,
        kind: input.kind,
        link: input.link,
        params: JSON.stringify(params),
        created_at: now.toISOString(),
        read_at: null,
        channel: m.channel,
        digested_at: null,
      })),
    )
    .execute();
  for (const m of made.filter((x) => x.channel === 'email')) {
    const mail = notificationMail(
      m.recipient,
      { kind: input.kind, params, link: input.link },
      assessment?.title ?? null,
    );
    await enqueueMail(
      db,
      { dedupeKey: `notification:${m.id}`, userId: m.recipient.id, to: m.recipient.email, ...mail },
      now,
    );
  }
  await Promise.all(
    made.map(async (m) =>
      broadcastToUser(m.recipient.id, 'notifications:unread', { unread: await unreadCount(db, m.recipient.id) }),
    ),
  );
  return made.map((m) => m.recipient.id);
}
