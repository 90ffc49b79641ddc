import type { TDb } from '../../db/client';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type TNotificationChannel,
  type TNotificationKind,
  type TNotificationSettings,
  type TNotificationSettingsInput,
} from '../../contracts/notifications';
import { effectiveChannel } from '../../domain/notifications/channels';
import { isMailConfigured } from '../accounts/mail';

function isChannel(v: string): v is TNotificationChannel {
  return (NOTIFICATION_CHANNELS as readonly string[]).includes(v);
}

/** The channels the members chose, by member and kind (kinds they never chose are absent). */
export async function chosenChannels(
  db: TDb,
  userIds: readonly string[],
): Promise<Map<string, Partial<Record<TNotificationKind, TNotificationChannel>>>> {
  const out = new Map<string, Partial<Record<TNotificationKind, TNotificationChannel>>>();
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom('notification_settings')
    .select(['user_id', 'kind', 'channel'])
    .where('user_id', 'in', [...userIds])
    .execute();
  for (const r of rows) {
    if (!isChannel(r.channel) || !(NOTIFICATION_KINDS as readonly string[]).includes(r.kind)) continue;
    const mine = out.get(r.user_id) ?? {};
    mine[r.kind as TNotificationKind] = r.channel;
    out.set(r.user_id, mine);
  }
  return out;
}

/** Every kind's channel in force for one member. */
export async function notificationSettings(db: TDb, userId: string): Promise<TNotificationSettings> {
  const chosen = (await chosenChannels(db, [userId])).get(userId) ?? {};
  const mailAvailable = isMailConfigured();
  const channels = Object.fromEntries(
    NOTIFICATION_KINDS.map((k) => [k, effectiveChannel(k, chosen[k], mailAvailable)]),
  ) as Record<TNotificationKind, TNotificationChannel>;
  return { channels, mailAvailable };
}

/** Stores the member's choices for the kinds given. */
export async function saveNotificationSettings(
  db: TDb,
  userId: string,
  input: TNotificationSettingsInput,
): Promise<TNotificationSettings> {
  const entries = Object.entries(input.channels) as [TNotificationKind, TNotificationChannel][];
  await db.transaction().execute(async (trx) => {
    for (const [kind, channel] of entries) {
      await trx
        .insertInto('notification_settings')
        .values({ user_id: userId, kind, channel })
        .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ channel }))
        .execute();
    }
  });
  return notificationSettings(db, userId);
}

/** Stops mail of one kind for a member (the one-click link in each mail): the app keeps telling them. */
export async function stopMail(db: TDb, userId: string, kind: TNotificationKind): Promise<boolean> {
  const user = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  if (!user) return false;
  await db
    .insertInto('notification_settings')
    .values({ user_id: userId, kind, channel: 'app' })
    .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ channel: 'app' }))
    .execute();
  return true;
}
