// The sign-in lock against parallel guesses and for the person locked out, through next-auth's
// credentials check on every database: attempts are counted before any password is checked, an
// email is locked only for the address that failed, and an address spraying emails is locked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKED_MESSAGE, authorizeCredentials } from '@/lib/auth/credentials';
import type { TDb } from '@/lib/db/client';
import { ADDRESS_LOCK_AFTER_FAILURES, LOCK_AFTER_FAILURES, LOCK_MS } from '@/lib/domain/accounts/sign-in-throttle';
import { createUser } from '@/lib/services/accounts/users';
import { dbTargets, openMigrated } from './helpers/db-targets';

const PASSWORD = 'the right password';

describe.each(dbTargets())('sign-in throttle on $name', (target) => {
  let db: TDb;
  let n = 0;
  const newUser = async () => {
    const email = `person${++n}@throttle.example`;
    await createUser(db, { email, name: 'Person', password: PASSWORD });
    return email;
  };
  /** The outcome of one attempt: signed in, wrong, or refused unchecked. */
  const attempt = (email: string, password: string, address: string) =>
    authorizeCredentials(db, { email, password }, address).then(
      (user) => (user ? 'signed-in' : 'wrong'),
      (err: Error) => (err.message === LOCKED_MESSAGE ? 'locked' : `error: ${err.message}`),
    );

  beforeAll(async () => {
    db = await openMigrated(target);
  });
  afterAll(async () => {
    await db.destroy();
    await target.cleanUp();
  });

  it('checks at most five of forty wrong passwords and the right one sent at once; the right one is refused', async () => {
    const email = await newUser();
    const outcomes = await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => attempt(email, `guess ${i}`, '203.0.113.9')),
      attempt(email, PASSWORD, '203.0.113.9'),
    ]);
    expect(outcomes.at(-1)).toBe('locked');
    // At most five are checked. Fewer is possible: an attempt is counted under its pair key and
    // then its address key, and when forty arrive together one of the first five by pair may be
    // counted past the address's limit of twenty and refused too. Nothing else may come out.
    const wrong = outcomes.filter((o) => o === 'wrong').length;
    expect(wrong).toBeGreaterThanOrEqual(1);
    expect(wrong).toBeLessThanOrEqual(LOCK_AFTER_FAILURES);
    expect(outcomes.filter((o) => o === 'locked')).toHaveLength(41 - wrong);
  }, 60_000);

  it('lets the person locked out at one address sign in from another, and from the first once the lock has passed', async () => {
    const email = await newUser();
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) expect(await attempt(email, 'wrong', '198.51.100.66')).toBe('wrong');
    expect(await attempt(email, PASSWORD, '198.51.100.66')).toBe('locked');
    expect(await attempt(email, PASSWORD, '192.0.2.10')).toBe('signed-in');
    // The lock's time passes for the first address.
    const past = new Date(Date.now() - LOCK_MS - 1000).toISOString();
    await db
      .updateTable('sign_in_attempts')
      .set({ last_attempt_at: past })
      .where('key', 'like', `pair:${email} %`)
      .execute();
    expect(await attempt(email, PASSWORD, '198.51.100.66')).toBe('signed-in');
  }, 60_000);

  it('locks an address that tries many emails, and only that address', async () => {
    for (let i = 0; i < ADDRESS_LOCK_AFTER_FAILURES; i++)
      expect(await attempt(`nobody${i}@throttle.example`, 'wrong', '203.0.113.200')).toBe('wrong');
    const email = await newUser();
    expect(await attempt(email, PASSWORD, '203.0.113.200')).toBe('locked');
    expect(await attempt(email, PASSWORD, '192.0.2.11')).toBe('signed-in');
  }, 60_000);
});
