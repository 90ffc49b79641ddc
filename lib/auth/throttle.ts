import type { TDb } from '../db/client';
import { type TAttemptCounts, attemptWindowStart } from '../domain/accounts/sign-in-throttle';

// Sign-in attempts are counted in the application's own database, on SQLite and PostgreSQL alike,
// in one upsert through Kysely; rate-limiter-flexible's database limiters would need a second
// code path per driver (better-sqlite3, pg) and a table each, for the same three counters.

/** The keys an attempt is counted under (see lib/domain/accounts/sign-in-throttle.ts); `address` is a keyed hash. */
export type TAttemptKeys = Record<keyof TAttemptCounts, string>;

/** The keys of a sign-in attempt on `email` from the hashed `address`. */
export function attemptKeys(email: string, address: string): TAttemptKeys {
  return { pair: `pair:${email} ${address}`, address: `address:${address}`, email: `email:${email}` };
}

/**
 * Counts one attempt under `key` and returns the count with it, in one statement: parallel
 * attempts each see a different count, so none is checked on a count taken before the others.
 * Attempts older than the window start again from one.
 */
async function reserve(db: TDb, key: string, now: Date): Promise<number> {
  const at = now.toISOString();
  const row = await db
    .insertInto('sign_in_attempts')
    .values({ key, attempts: 1, last_attempt_at: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        attempts: eb
          .case()
          .when('sign_in_attempts.last_attempt_at', '<', attemptWindowStart(now).toISOString())
          .then(1)
          .else(eb('sign_in_attempts.attempts', '+', 1))
          .end(),
        last_attempt_at: at,
      })),
    )
    .returning('attempts')
    .executeTakeFirstOrThrow();
  return Number(row.attempts);
}

/** Counts an attempt under each of its keys before its password is checked; the counts include it. */
export async function reserveAttempt(db: TDb, keys: TAttemptKeys, now = new Date()): Promise<TAttemptCounts> {
  return {
    pair: await reserve(db, keys.pair, now),
    address: await reserve(db, keys.address, now),
    email: await reserve(db, keys.email, now),
  };
}

/** After a right password: the email's counts are forgotten and the address gets its attempt back. */
export async function releaseAfterSuccess(db: TDb, keys: TAttemptKeys): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('key', 'in', [keys.pair, keys.email]).execute();
  await db
    .updateTable('sign_in_attempts')
    .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
    .where('key', '=', keys.address)
    .where('attempts', '>', 0)
    .execute();
}
