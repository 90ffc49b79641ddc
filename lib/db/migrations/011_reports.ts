import type { Kysely } from 'kysely';

// Step 6 beside the report's live document (`assessment.<id>.report`): facilitators' sign-offs of
// a report version, and the activity 6.2 feedback survey. A version is identified by a hash of
// everything the report prints, so editing after sign-off shows as "needs re-sign-off" without
// anyone having to remember to reset a flag.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_signoffs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    // 1, 2, ... per assessment; a new number whenever the signed content differs from the last.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_signoffs_once_idx')
    .on('report_signoffs')
    .columns(['assessment_id', 'version', 'user_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('feedback_settings')
    .addColumn('assessment_id', 'text', (c) => c.primaryKey().references('assessments.id').onDelete('cascade'))
    .addColumn('open', 'integer', (c) => c.notNull())
    // 1: responses keep no user id (fixed once the survey has responses).
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('feedback_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    // Null in an anonymous survey.
    .addColumn('user_id', 'text')
    // JSON object: topic id → answer text.
    .addColumn('answers', 'text', (c) => c.notNull())
    // A day (YYYY-MM-DD) only: a precise time could be matched against who responded.
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('feedback_responses_assessment_idx')
    .on('feedback_responses')
    .column('assessment_id')
    .execute();

  // Who has responded, kept apart from the responses so an anonymous answer cannot be traced back,
  // while nobody answers twice.
  await db.schema
    .createTable('feedback_respondents')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_respondents_pk', ['assessment_id', 'user_id'])
    .execute();
}
