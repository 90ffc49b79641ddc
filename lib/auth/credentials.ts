import 'server-only';
import { z } from 'zod';
import type { TDb } from '../db/client';
import { attemptVerdict } from '../domain/accounts/sign-in-throttle';
import { englishMessage } from '../domain/shared/errors';
import { addressKey } from '../security/client-address';
import { verifyPassword } from './password';
import { attemptKeys, releaseAfterSuccess, reserveAttempt } from './throttle';

const ZCredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(1000),
});

/**
 * Message shown when an email is locked for this address, or the address for every email, after
 * repeated failures: next-auth passes on only a thrown message, so the sign-in form knows the
 * code `auth.locked` by this, its English.
 */
export const LOCKED_MESSAGE = englishMessage('auth.locked');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * next-auth's credentials check: the user for a right email and password from `address` (the
 * socket's), null for a wrong one, and a thrown LOCKED_MESSAGE when the attempt is refused
 * unchecked (lib/domain/accounts/sign-in-throttle.ts).
 */
export async function authorizeCredentials(
  db: TDb,
  raw: unknown,
  address: string | undefined,
): Promise<{ id: string; email: string; name: string } | null> {
  const parsed = ZCredentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = attemptKeys(email, addressKey(address));
  // Counted before the password is looked at, so parallel guesses cannot all slip in under the lock.
  const verdict = attemptVerdict(await reserveAttempt(db, keys));
  if (verdict.locked) throw new Error(LOCKED_MESSAGE);
  await sleep(verdict.delayMs);

  const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  if (!(await verifyPassword(password, user?.password_hash ?? null)) || !user) return null;
  await releaseAfterSuccess(db, keys);
  return { id: user.id, email: user.email, name: user.name };
}
