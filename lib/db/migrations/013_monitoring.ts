import type { Kysely } from 'kysely';

// Parts V and VI of the guide: tracking the adopted plan's activities (keyed by the activity id in
// the adopted snapshot, which never changes), their dated progress updates, KPI measurements per
// period, the Part V evaluation of objectives and KPIs, per-assessment monitoring settings, and the
// review round: which assessment a round follows, and which candidate activities it carried over.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('activity_tracking')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('activity_id', 'text', (c) => c.notNull())
    // 'not-started' | 'on-track' | 'at-risk' | 'delayed' | 'done' | 'cancelled'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'text')
    .addColumn('due_date', 'text')
    // JSON array of activity ids this one waits for.
    .addColumn('depends_on', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_tracking_pk', ['assessment_id', 'activity_id'])
    .execute();

  await db.schema
    .createTable('progress_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('progress_updates_activity_idx')
    .on('progress_updates')
    .columns(['assessment_id', 'activity_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('kpi_measurements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('kpi_id', 'text', (c) => c.notNull())
    // 'YYYY', 'YYYY-Qn' or 'YYYY-MM'; one value per KPI and period (a new value replaces the old).
    .addColumn('period', 'text', (c) => c.notNull())
    // The period's last day (ISO date), for ordering and for the chart's time axis.
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull())
    // JSON object: disaggregation label → value (e.g. {"women": 3, "men": 5}).
    .addColumn('disaggregated', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('kpi_measurements_period_idx')
    .on('kpi_measurements')
    .columns(['assessment_id', 'kpi_id', 'period'])
    .unique()
    .execute();

  await db.schema
    .createTable('evaluations')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    // 'objective' | 'kpi'
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    // 'relevance' | 'success' | 'cost-effectiveness'
    .addColumn('criterion', 'text', (c) => c.notNull())
    // 'met' | 'partly' | 'not-met' | 'too-early'
    .addColumn('judgement', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluations_pk', ['assessment_id', 'subject_kind', 'subject_id', 'criterion'])
    .execute();

  await db.schema
    .createTable('monitoring_settings')
    .addColumn('assessment_id', 'text', (c) => c.primaryKey().references('assessments.id').onDelete('cascade'))
    .addColumn('stale_after_days', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('review_rounds')
    .addColumn('assessment_id', 'text', (c) => c.primaryKey().references('assessments.id').onDelete('cascade'))
    .addColumn('previous_assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('carried_answers', 'integer', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_rounds_previous_idx')
    .on('review_rounds')
    .column('previous_assessment_id')
    .execute();

  await db.schema
    .createTable('carried_activities')
    .addColumn('candidate_id', 'text', (c) => c.primaryKey().references('candidate_activities.id').onDelete('cascade'))
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('from_assessment_id', 'text', (c) => c.notNull())
    .addColumn('from_activity_id', 'text', (c) => c.notNull())
    .addColumn('from_number', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text', (c) => c.notNull())
    .execute();
}
