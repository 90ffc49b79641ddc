import type { Kysely } from 'kysely';

// Checklist adaptation: an administration adapts the guide's checklist for one assessment. Questions it adds
// (keys `<areaId>.a<n>`), guide questions it hides in a targeted assessment (with the reason), and
// one imported translation of the checklist's question texts. The guide's own data never changes:
// the effective checklist is composed from it and these rows (lib/services/checklist/assessment-checklist.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('checklist_added_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull())
    // 1, 2, ... per area; never reused, so an answer fragment `answer:<areaId>.a<n>` keeps its question.
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checklist_added_questions_key_idx')
    .on('checklist_added_questions')
    .columns(['assessment_id', 'area_id', 'number'])
    .unique()
    .execute();

  await db.schema
    .createTable('checklist_hidden_questions')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('question_key', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('hidden_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('hidden_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('checklist_hidden_questions_pk', ['assessment_id', 'question_key'])
    .execute();

  // One translation per assessment: importing again replaces it whole (it was validated whole).
  await db.schema
    .createTable('checklist_translations')
    .addColumn('assessment_id', 'text', (c) => c.primaryKey().references('assessments.id').onDelete('cascade'))
    // BCP 47 tag as given, e.g. `fr`, `es-MX`.
    .addColumn('language', 'text', (c) => c.notNull())
    // JSON object: question key → translated text.
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
}
