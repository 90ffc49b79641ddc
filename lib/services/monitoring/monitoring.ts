import 'server-only';
import type { TDb } from '../../db/client';
import { DEFAULT_STALE_AFTER_DAYS } from '../../domain/monitoring/monitoring-types';
import { assertCan } from '../../domain/access/assert-can';
import { activityRedFlags, kpiStatus } from '../../domain/monitoring/red-flags';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { monitoredKpis, monitoredPlan, placedActivities } from './monitoring-plan';
import type { TKpiView, TMeasurement, TMonitoring, TProgressUpdate } from '../../contracts/monitoring';

/** Days without an update after which an open activity is flagged (per assessment). */
export async function staleAfterDays(db: TDb, assessmentId: string): Promise<number> {
  const row = await db
    .selectFrom('monitoring_settings')
    .select('stale_after_days')
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  return row?.stale_after_days ?? DEFAULT_STALE_AFTER_DAYS;
}

/** Sets the "no update for N days" threshold; facilitators only. */
export async function setStaleAfterDays(db: TDb, actor: TMembership, days: number): Promise<void> {
  assertCan(actor, 'monitoring.update', 'monitoring.forbidden');
  const now = new Date().toISOString();
  await db
    .insertInto('monitoring_settings')
    .values({ assessment_id: actor.assessmentId, stale_after_days: days, updated_by: actor.userId, updated_at: now })
    .onConflict((oc) =>
      oc.column('assessment_id').doUpdateSet({ stale_after_days: days, updated_by: actor.userId, updated_at: now }),
    )
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'monitoring.settings',
    detail: { staleAfterDays: days },
  });
}

/** Every measurement of an assessment's KPIs, oldest period first. */
export async function listMeasurements(db: TDb, assessmentId: string): Promise<TMeasurement[]> {
  const rows = await db
    .selectFrom('kpi_measurements')
    .innerJoin('users', 'users.id', 'kpi_measurements.entered_by')
    .select([
      'kpi_measurements.id',
      'kpi_measurements.kpi_id',
      'kpi_measurements.period',
      'kpi_measurements.period_end',
      'kpi_measurements.value',
      'kpi_measurements.disaggregated',
      'kpi_measurements.source',
      'kpi_measurements.entered_at',
      'users.id as userId',
      'users.name',
    ])
    .where('kpi_measurements.assessment_id', '=', assessmentId)
    .orderBy('kpi_measurements.period_end')
    .orderBy('kpi_measurements.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kpiId: r.kpi_id,
    period: r.period,
    periodEnd: r.period_end,
    value: Number(r.value),
    disaggregated: JSON.parse(r.disaggregated) as Record<string, number>,
    source: r.source,
    enteredBy: { id: r.userId, name: r.name },
    enteredAt: r.entered_at,
  }));
}

/** Progress updates of an assessment (or one activity), newest first. */
export async function listProgressUpdates(
  db: TDb,
  assessmentId: string,
  activityId?: string,
): Promise<TProgressUpdate[]> {
  let q = db
    .selectFrom('progress_updates')
    .innerJoin('users', 'users.id', 'progress_updates.author_id')
    .select([
      'progress_updates.id',
      'progress_updates.activity_id',
      'progress_updates.status',
      'progress_updates.percent',
      'progress_updates.note',
      'progress_updates.created_at',
      'users.id as userId',
      'users.name',
    ])
    .where('progress_updates.assessment_id', '=', assessmentId);
  if (activityId) q = q.where('progress_updates.activity_id', '=', activityId);
  const rows = await q.orderBy('progress_updates.created_at', 'desc').orderBy('progress_updates.id').execute();
  return rows.map((r) => ({
    id: r.id,
    activityId: r.activity_id,
    status: r.status,
    percent: r.percent,
    note: r.note,
    author: { id: r.userId, name: r.name },
    createdAt: r.created_at,
  }));
}

/** Today's date (UTC) as the red-flag rules take it. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Everything monitoring shows and the API returns: each adopted activity with its tracking,
 * last update and red flags, each KPI with its measurements and trajectory status.
 */
export async function monitoringOverview(db: TDb, assessmentId: string, today = todayIso()): Promise<TMonitoring> {
  const plan = await monitoredPlan(db, assessmentId);
  const days = await staleAfterDays(db, assessmentId);
  if (!plan) return { plan: null, today, staleAfterDays: days, activities: [], kpis: [] };
  const [tracking, updates, measurements] = await Promise.all([
    db.selectFrom('activity_tracking').selectAll().where('assessment_id', '=', assessmentId).execute(),
    listProgressUpdates(db, assessmentId),
    listMeasurements(db, assessmentId),
  ]);
  const kpis: TKpiView[] = monitoredKpis(plan).map((k) => {
    const ms = measurements.filter((m) => m.kpiId === k.id);
    return {
      ...k,
      measurements: ms,
      status: kpiStatus({
        id: k.id,
        baseline: k.baseline,
        baselineDate: k.baselineDate,
        target: k.target,
        targetDate: k.targetDate,
        measurements: ms,
      }),
    };
  });
  const statuses = new Map(kpis.map((k) => [k.id, k.status]));
  const byActivity = new Map(tracking.map((t) => [t.activity_id, t]));
  const activities = placedActivities(plan).map((a) => {
    const t = byActivity.get(a.id);
    const lastUpdate = updates.find((u) => u.activityId === a.id) ?? null;
    const view = {
      ...a,
      ownerName: plan.context[a.id]?.ownerName ?? null,
      sources: plan.context[a.id]?.sources ?? [],
      status: t?.status ?? ('not-started' as const),
      percent: t?.percent ?? 0,
      startDate: t ? t.start_date : a.start,
      dueDate: t ? t.due_date : a.due,
      dependsOn: t ? (JSON.parse(t.depends_on) as string[]) : [],
      lastUpdate,
    };
    const flags = activityRedFlags(
      {
        id: a.id,
        status: view.status,
        startDate: view.startDate,
        dueDate: view.dueDate,
        lastUpdateAt: lastUpdate?.createdAt ?? null,
        trackedSince: plan.adoptedAt,
        kpiIds: a.kpiIds,
      },
      today,
      days,
      statuses,
    );
    return { ...view, flags };
  });
  return { plan: { version: plan.version, adoptedAt: plan.adoptedAt }, today, staleAfterDays: days, activities, kpis };
}
