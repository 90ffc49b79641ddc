import type { Kysely } from 'kysely';

// Governance of the assessment (Part II of the guide):
// - step 1's choices: whether the assessment is a one-off event or a continuous process, and how
//   long it is expected to take (the guide's six steps take two to three months);
// - the terms of reference and pre-mission report become final once senior management of both
//   sides approve them: each approval is recorded with who gave it and when;
// - besides its adoption by senior management, the action plan is endorsed by top government
//   officials (a minister, the prime minister's office): each endorsement is recorded.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('assessments')
    .addColumn('continuity', 'text', (c) => c.notNull().defaultTo('one-off'))
    .execute();
  await db.schema
    .alterTable('assessments')
    .addColumn('duration_min', 'integer', (c) => c.notNull().defaultTo(2))
    .execute();
  await db.schema
    .alterTable('assessments')
    .addColumn('duration_max', 'integer', (c) => c.notNull().defaultTo(3))
    .execute();
  await db.schema
    .alterTable('assessments')
    .addColumn('duration_unit', 'text', (c) => c.notNull().defaultTo('months'))
    .execute();
  await db.schema
    .createTable('tor_approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('approved_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tor_approvals_assessment_idx').on('tor_approvals').column('assessment_id').execute();
  await db.schema
    .createTable('plan_endorsements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('office', 'text', (c) => c.notNull())
    .addColumn('endorsed_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_endorsements_assessment_idx')
    .on('plan_endorsements')
    .column('assessment_id')
    .execute();
}
