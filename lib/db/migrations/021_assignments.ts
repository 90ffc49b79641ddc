import type { Kysely } from 'kysely';

// Questions assigned to members between sessions, with a due date (a calendar day, shown as that
// day in every zone). One row per question, so that a question is reassigned or finished alone;
// `reminded_at` keeps the reminder of the day before to one.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('question_key', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('reminded_at', 'text')
    .execute();
  await db.schema
    .createIndex('assignments_assessment_assignee')
    .on('assignments')
    .columns(['assessment_id', 'assignee_id'])
    .execute();
}
