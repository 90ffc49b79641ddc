import type { Kysely } from 'kysely';

// Report-back outcomes and comments on group findings. The findings themselves live in each
// group's Yjs document; these rows refer to them by the document's finding id.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // One outcome per finding: the plenary's latest decision replaces the earlier one.
  await db.schema
    .createTable('finding_outcomes')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('breakout_groups.id').onDelete('cascade'))
    .addColumn('finding_id', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('finding_outcomes_pk', ['assessment_id', 'finding_id'])
    .execute();

  await db.schema
    .createTable('finding_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('breakout_groups.id').onDelete('cascade'))
    .addColumn('finding_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('finding_comments_finding_idx')
    .on('finding_comments')
    .columns(['assessment_id', 'finding_id'])
    .execute();
}
