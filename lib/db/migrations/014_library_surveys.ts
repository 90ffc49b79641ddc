import type { Kysely } from 'kysely';

// Step 3 of the assessment: the background library (files and links classified under the guide's
// list, with reviewers, summaries and the questions they inform), perception surveys answered
// anonymously through a public link, and the log of step 3 and 4 activities for the report.
// (Survey results recorded against KPIs go to kpi_measurements, through lib/services/monitoring/monitoring-kpi.ts.)
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('library_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('file_name', 'text')
    .addColumn('storage_key', 'text')
    .addColumn('mime_type', 'text')
    .addColumn('size_bytes', 'integer')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('reviewer_id', 'text', (c) => c.references('users.id'))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('summary_by', 'text', (c) => c.references('users.id'))
    .addColumn('summary_at', 'text')
    .addColumn('survey_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('library_documents_assessment_idx')
    .on('library_documents')
    .column('assessment_id')
    .execute();

  await db.schema
    .createTable('library_readers')
    .addColumn('document_id', 'text', (c) => c.notNull().references('library_documents.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('library_readers_pk', ['document_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('library_links')
    .addColumn('document_id', 'text', (c) => c.notNull().references('library_documents.id').onDelete('cascade'))
    .addColumn('assessment_id', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('library_links_pk', ['document_id', 'target'])
    .execute();
  await db.schema
    .createIndex('library_links_area_idx')
    .on('library_links')
    .columns(['assessment_id', 'area_id'])
    .execute();

  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('public_token', 'text', (c) => c.notNull().unique())
    .addColumn('invitation_only', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('opened_on', 'text')
    .addColumn('closed_on', 'text')
    .execute();
  await db.schema.createIndex('surveys_assessment_idx').on('surveys').column('assessment_id').execute();

  // No column here refers to an answer, and no time is kept: a used token cannot be matched to
  // the answer it allowed.
  await db.schema
    .createTable('survey_invitations')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('used', 'integer', (c) => c.notNull())
    .execute();

  // Deliberately without user, address, agent or time of day: the day only.
  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_responses_survey_idx').on('survey_responses').column('survey_id').execute();

  await db.schema
    .createTable('activity_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('others', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activity_log_assessment_idx').on('activity_log').column('assessment_id').execute();

  await db.schema
    .createTable('activity_participants')
    .addColumn('entry_id', 'text', (c) => c.notNull().references('activity_log.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('activity_participants_pk', ['entry_id', 'user_id'])
    .execute();
}
