import { type Kysely, sql } from 'kysely';

// Breakout groups: the working group divided by experience, each taking some checklist areas.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('breakout_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('breakout_groups_assessment_idx').on('breakout_groups').column('assessment_id').execute();

  // The primary key is what keeps an area in at most one group.
  await db.schema
    .createTable('group_areas')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull().references('breakout_groups.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('group_areas_pk', ['assessment_id', 'area_id'])
    .execute();
  await db.schema.createIndex('group_areas_group_idx').on('group_areas').column('group_id').execute();

  // assessment_id is carried so that the database itself keeps a member in one group per
  // assessment (two facilitators editing at once cannot race past the service's check), and
  // so that removing someone from the assessment removes them from their group.
  await db.schema
    .createTable('group_members')
    .addColumn('group_id', 'text', (c) => c.notNull().references('breakout_groups.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('assessment_id', 'text', (c) => c.notNull())
    .addColumn('is_rapporteur', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('group_members_pk', ['group_id', 'user_id'])
    .addForeignKeyConstraint(
      'group_members_membership_fk',
      ['assessment_id', 'user_id'],
      'memberships',
      ['assessment_id', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('group_members_one_group_idx')
    .on('group_members')
    .columns(['assessment_id', 'user_id'])
    .unique()
    .execute();
  // One rapporteur per group.
  await db.schema
    .createIndex('group_members_one_rapporteur_idx')
    .on('group_members')
    .column('group_id')
    .unique()
    .where(sql.ref('is_rapporteur'), '=', 1)
    .execute();
}
