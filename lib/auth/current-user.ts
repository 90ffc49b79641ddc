import type { TDb } from '../db/client';

/** The signed-in user as every server-side check sees it. */
export type TSessionUser = {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  timeZone: string | null;
  locale?: string | null;
};

/**
 * Resolves a session token's user, checking the account still exists and the token's session
 * version is current, so removing or signing out a user everywhere takes effect at once.
 */
export async function resolveSessionUser(
  db: TDb,
  userId: string | undefined,
  sv: number | undefined,
): Promise<TSessionUser | null> {
  if (!userId) return null;
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'is_admin', 'time_zone', 'locale', 'session_version'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row || row.session_version !== sv) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    isAdmin: row.is_admin === 1,
    timeZone: row.time_zone,
    locale: row.locale,
  };
}
