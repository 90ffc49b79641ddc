import type { Kysely } from 'kysely';

// A session's run of show: which agenda item is current, since when, how much it was extended and
// each item's status, as JSON text (see WorkshopSessionsTable). Null until the session is run.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workshop_sessions').addColumn('run_state', 'text').execute();
}
