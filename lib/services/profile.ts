import type { TDb } from '../db/client';
import { audit } from './audit';
import type { TProfileUpdate } from './profile.schema';

/** Saves the user's own settings (their time zone, in which every time is shown to them). */
export async function updateProfile(db: TDb, userId: string, input: TProfileUpdate): Promise<void> {
  await db.updateTable('users').set({ time_zone: input.timeZone }).where('id', '=', userId).execute();
  await audit(db, { assessmentId: null, actorId: userId, action: 'profile.update', detail: { timeZone: input.timeZone } });
}
