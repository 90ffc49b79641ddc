import crypto from 'node:crypto';
import { hashPassword } from '../../auth/password';
import type { TDb } from '../../db/client';

/** How many accounts exist; zero means the install still needs its first administrator. */
export async function countUsers(db: TDb): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Creates an account with a hashed password; the email is stored lower-cased. */
export async function createUser(
  db: TDb,
  input: { email: string; name: string; password: string | null; isAdmin?: boolean; timeZone?: string | null },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      email: input.email.trim().toLowerCase(),
      name: input.name.trim(),
      password_hash: input.password ? await hashPassword(input.password) : null,
      is_admin: input.isAdmin ? 1 : 0,
      time_zone: input.timeZone ?? null,
      locale: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

/** The account with this email, or undefined. */
export function findUserByEmail(db: TDb, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}
