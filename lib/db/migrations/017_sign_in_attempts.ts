import type { Kysely } from 'kysely';

// Sign-in attempts are counted before the password is checked, one atomic upsert per key, and
// under several keys (the email from one address, the address, the email everywhere) instead
// of one row per email: see lib/domain/accounts/sign-in-throttle.ts. Old failure counts are dropped;
// at worst someone gets a fresh five tries.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_throttle').execute();
  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_attempt_at', 'text', (c) => c.notNull())
    .execute();
}
