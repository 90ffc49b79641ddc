import type { Kysely } from 'kysely';

// Part VI's indicators of success, recorded per round (each round is an assessment): for each of
// the guide's ten indicators, the working group's observation, its direction since the previous
// round and where the figures come from. One row per indicator, replaced when edited.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_indicators')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('observation', 'text', (c) => c.notNull())
    // 'improved' | 'worsened' | 'unchanged' | 'not-known'
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_indicators_pk', ['assessment_id', 'indicator_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('review_indicators').execute();
}
