import type { TDb } from '../../db/client';
import { audit } from '../shared/audit';
import type { TProfileUpdate } from '../../contracts/accounts';

/** Saves the user's own settings: their time zone (every time is shown in it) and their interface language. */
export async function updateProfile(db: TDb, userId: string, input: TProfileUpdate): Promise<void> {
  const changes = {
    ...(input.timeZone !== undefined ? { time_zone: input.timeZone } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  await db.updateTable('users').set(changes).where('id', '=', userId).execute();
  await audit(db, { assessmentId: null, actorId: userId, action: 'profile.update', detail: { ...input } });
}
