import type { Kysely } from 'kysely';

// When the members were told that a session starts soon: set once by whichever instance claims it,
// so that the reminder goes out once; cleared when the session's time changes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workshop_sessions').addColumn('reminded_at', 'text').execute();
}
