import type { Kysely } from 'kysely';

// The integrity action plan beside its live draft (the Yjs document `assessment.<id>.plan`): KPI
// metadata sheets (Annex 11), the stakeholder consultation log (step 4), and submissions for
// adoption with each named approver's decision (step 6). An adopted submission keeps a JSON
// snapshot of the plan and its KPI sheets that nothing rewrites.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('kpi_sheets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // JSON object: the Annex 11 text fields a–o (without g) by field name.
    .addColumn('fields', 'text', (c) => c.notNull())
    // JSON array of Annex 10 typologies (field g).
    .addColumn('types', 'text', (c) => c.notNull())
    .addColumn('baseline_value', 'text')
    .addColumn('baseline_date', 'text')
    .addColumn('owner', 'text')
    .addColumn('custodian', 'text')
    .addColumn('steward', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('kpi_sheets_assessment_idx').on('kpi_sheets').column('assessment_id').execute();

  await db.schema
    .createTable('plan_consultations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('stakeholder', 'text', (c) => c.notNull())
    .addColumn('consulted_on', 'text', (c) => c.notNull())
    .addColumn('said', 'text', (c) => c.notNull())
    .addColumn('changed', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_consultations_assessment_idx')
    .on('plan_consultations')
    .column('assessment_id')
    .execute();

  await db.schema
    .createTable('plan_submissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    // 'pending' | 'changes-requested' | 'superseded' | 'adopted'
    .addColumn('status', 'text', (c) => c.notNull())
    // Set once, on adoption: 1, 2, ... per assessment.
    .addColumn('version', 'integer')
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('strategy_link', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema
    .createIndex('plan_submissions_version_idx')
    .on('plan_submissions')
    .columns(['assessment_id', 'version'])
    .unique()
    .execute();

  await db.schema
    .createTable('plan_approvals')
    .addColumn('submission_id', 'text', (c) => c.notNull().references('plan_submissions.id').onDelete('cascade'))
    .addColumn('approver_id', 'text', (c) => c.notNull().references('users.id'))
    // 'pending' | 'approved' | 'changes-requested'
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addPrimaryKeyConstraint('plan_approvals_pk', ['submission_id', 'approver_id'])
    .execute();
}
