import type { Kysely } from 'kysely';

// What the mode changes: a facilitated assessment may run in the field and remotely at once
// (`concurrent_modes`); the facilitators tick the good practices of Annex 6 or 7 with a note; a
// self-assessment (mode 3) has the structure of Annex 7: a senior steering group and a mid-level
// working group with their contact persons, external stakeholders held to confidentiality, and
// the circular that announces the initiative to all staff.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('assessments')
    .addColumn('concurrent_modes', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('practice_checks')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('checked', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_checks_pk', ['assessment_id', 'item_key'])
    .execute();
  await db.schema
    .createTable('self_assessment_structures')
    .addColumn('assessment_id', 'text', (c) => c.primaryKey().references('assessments.id').onDelete('cascade'))
    .addColumn('circular', 'text', (c) => c.notNull())
    .addColumn('circular_issued_on', 'text')
    .addColumn('stakeholder_arrangements', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('structure_members')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('contact_person', 'integer', (c) => c.notNull())
    .addColumn('confidentiality_agreed', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('structure_members_pk', ['assessment_id', 'user_id'])
    .execute();
}
