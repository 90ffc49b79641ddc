import type { Kysely } from 'kysely';

// The live room's server-authoritative state: one row per assessment (timer, breakouts,
// follow-me, spotlight, locked areas, announcement) and the queue of raised hands. Times are UTC
// ISO text and structured values JSON text, as everywhere (see LiveStateTable).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('live_state')
    .addColumn('assessment_id', 'text', (c) => c.primaryKey().references('assessments.id').onDelete('cascade'))
    .addColumn('breakout_active', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('timer_ends_at', 'text')
    .addColumn('timer_label', 'text')
    .addColumn('timer_paused_remaining_ms', 'integer')
    .addColumn('follow', 'text')
    .addColumn('spotlight_group_id', 'text')
    .addColumn('locked_areas', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('announcement', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('raised_hands')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('raised_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('raised_hands_pk', ['assessment_id', 'user_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('raised_hands').execute();
  await db.schema.dropTable('live_state').execute();
}
