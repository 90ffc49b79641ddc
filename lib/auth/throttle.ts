import type { TDb } from '../db/client';
import { type TThrottleState, afterFailure } from '../domain/sign-in-throttle';

/** The recorded failures of an email, or null. */
export async function loadThrottle(db: TDb, email: string): Promise<TThrottleState | null> {
  const row = await db.selectFrom('sign_in_throttle').selectAll().where('email', '=', email).executeTakeFirst();
  if (!row) return null;
  return {
    failures: row.failures,
    lastFailureAt: new Date(row.last_failure_at),
    lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
  };
}

/** Records one more failed sign-in for `email`. */
export async function recordFailure(db: TDb, email: string, now = new Date()): Promise<TThrottleState> {
  const next = afterFailure(await loadThrottle(db, email), now);
  const values = {
    failures: next.failures,
    last_failure_at: next.lastFailureAt.toISOString(),
    locked_until: next.lockedUntil?.toISOString() ?? null,
  };
  await db
    .insertInto('sign_in_throttle')
    .values({ email, ...values })
    .onConflict((oc) => oc.column('email').doUpdateSet(values))
    .execute();
  return next;
}

/** Forgets the failures of `email` after a successful sign-in. */
export async function clearFailures(db: TDb, email: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('email', '=', email).execute();
}
