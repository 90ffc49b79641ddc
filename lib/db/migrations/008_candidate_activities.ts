import type { Kysely } from 'kysely';

// The activities found in the assessment, candidates for the action plan (action planning step 1).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('candidate_activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    // 'active', 'withdrawn', or 'merged' (then merged_into names the activity that absorbed it).
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('merged_into', 'text')
    // Where it came from: a group finding (`<groupId>:<findingId>`) or added directly (null).
    .addColumn('origin_finding', 'text')
    // The priority the group agreed after rating: 'high' | 'medium' | 'low' | 'not-retained'.
    .addColumn('agreed_priority', 'text')
    .addColumn('agreed_reason', 'text')
    .addColumn('agreed_by', 'text')
    .addColumn('agreed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('candidate_activities_assessment_idx')
    .on('candidate_activities')
    .column('assessment_id')
    .execute();
  await db.schema
    .createIndex('candidate_activities_origin_idx')
    .on('candidate_activities')
    .columns(['assessment_id', 'origin_finding'])
    .unique()
    .execute();

  // The checklist questions an activity answers to; merging keeps the sources of both.
  await db.schema
    .createTable('activity_sources')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('candidate_activities.id').onDelete('cascade'))
    .addColumn('question_key', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_sources_pk', ['activity_id', 'question_key'])
    .execute();
}
