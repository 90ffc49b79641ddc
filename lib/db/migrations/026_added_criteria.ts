import type { Kysely } from 'kysely';

// The guide's priority criteria "should include (but not necessarily limited to)" its eight
// (action planning step 1): the working group may add its own for an assessment. An added
// criterion is rated like the eight; its id (`added-<n>`) is what rounds, ratings and weights store.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('added_criteria')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('added_criteria_pk', ['assessment_id', 'id'])
    .execute();
}
