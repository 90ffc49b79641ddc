import type { Kysely } from 'kysely';

// A video-meeting link (any https address: Jitsi, Teams, Zoom, Webex) on a workshop session and
// on a breakout group, for remote and hybrid workshops. The app builds in no video of its own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workshop_sessions').addColumn('meeting_url', 'text').execute();
  await db.schema.alterTable('breakout_groups').addColumn('meeting_url', 'text').execute();
}
