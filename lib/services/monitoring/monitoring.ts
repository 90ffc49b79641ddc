import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { DEFAULT_STALE_AFTER_DAYS, type TActivityStatus } from '../../domain/monitoring/monitoring-types';
import { assertCan } from '../../domain/access/assert-can';
import { can } from '../../domain/access/permissions';
import { activityRedFlags, kpiStatus } from '../../domain/monitoring/red-flags';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { monitoredKpis, monitoredPlan, placedActivities, type TMonitoredPlan } from './monitoring-plan';
import type {
  TKpiView,
  TMeasurement,
  TMonitoring,
  TPlacedActivity,
  TProgressUpdate,
  TProgressUpdateInput,
  TTrackingInput,
} from '../../contracts/monitoring';

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

/** The adopted activity, after checking the actor may update it: facilitators any, others only their own. */
async function requireUpdatableActivity(
  db: TDb,
  actor: TMembership,
  activityId: string,
): Promise<{ plan: TMonitoredPlan; activity: TPlacedActivity }> {
  const plan = await monitoredPlan(db, actor.assessmentId);
  const activity = plan ? placedActivities(plan).find((a) => a.id === activityId) : undefined;
  if (!plan || !activity) throw new DomainError('monitoring.no_such_activity');
  const mine = activity.ownerId === actor.userId && can(actor.role, 'monitoring.report');
  if (!mine && !can(actor.role, 'monitoring.update')) throw new DomainError('monitoring.responsible_only');
  return { plan, activity };
}

/** Whether adding `from → dependsOn` edges would make a cycle in the dependency graph. */
function makesCycle(
  edges: ReadonlyMap<string, readonly string[]>,
  from: string,
  dependsOn: readonly string[],
): boolean {
  const seen = new Set<string>();
  const stack = [...dependsOn];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === from) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(edges.get(id) ?? []));
  }
  return false;
}

async function writeTracking(
  db: TDb,
  actor: TMembership,
  activityId: string,
  values: {
    status: TActivityStatus;
    percent: number;
    start_date: string | null;
    due_date: string | null;
    depends_on: string;
  },
): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('activity_tracking')
    .values({
      assessment_id: actor.assessmentId,
      activity_id: activityId,
      ...values,
      updated_by: actor.userId,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['assessment_id', 'activity_id'])
        .doUpdateSet({ ...values, updated_by: actor.userId, updated_at: now }),
    )
    .execute();
}

/**
 * Sets an activity's work plan entry: status, percentage, dates and dependencies (no cycles, only adopted activities).
 */
export async function updateTracking(
  db: TDb,
  actor: TMembership,
  activityId: string,
  input: TTrackingInput,
): Promise<void> {
  const { plan } = await requireUpdatableActivity(db, actor, activityId);
  const ids = new Set(placedActivities(plan).map((a) => a.id));
  const dependsOn = [...new Set(input.dependsOn)];
  if (dependsOn.some((id) => !ids.has(id) || id === activityId))
    throw new DomainError('monitoring.dependency_outside_plan', undefined, {
      fieldErrors: { dependsOn: ['Pick other activities of the plan.'] },
    });
  const rows = await db
    .selectFrom('activity_tracking')
    .select(['activity_id', 'depends_on'])
    .where('assessment_id', '=', actor.assessmentId)
    .execute();
  const edges = new Map(rows.map((r) => [r.activity_id, JSON.parse(r.depends_on) as string[]]));
  if (makesCycle(edges, activityId, dependsOn))
    throw new DomainError('monitoring.dependency_cycle', undefined, {
      fieldErrors: { dependsOn: ['Remove the circular dependency.'] },
    });
  await writeTracking(db, actor, activityId, {
    status: input.status,
    percent: input.percent,
    start_date: input.startDate,
    due_date: input.dueDate,
    depends_on: JSON.stringify(dependsOn),
  });
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'monitoring.track',
    detail: { activityId, status: input.status, percent: input.percent },
  });
}

/** Records a dated progress update with its note; the activity takes the update's status and percentage. */
export async function addProgressUpdate(
  db: TDb,
  actor: TMembership,
  activityId: string,
  input: TProgressUpdateInput,
): Promise<TProgressUpdate> {
  const { activity } = await requireUpdatableActivity(db, actor, activityId);
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const current = await db
    .selectFrom('activity_tracking')
    .selectAll()
    .where('assessment_id', '=', actor.assessmentId)
    .where('activity_id', '=', activityId)
    .executeTakeFirst();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('progress_updates')
      .values({
        id,
        assessment_id: actor.assessmentId,
        activity_id: activityId,
        status: input.status,
        percent: input.percent,
        note: input.note,
        author_id: actor.userId,
        created_at: now,
      })
      .execute();
    await writeTracking(trx, actor, activityId, {
      status: input.status,
      percent: input.percent,
      start_date: current ? current.start_date : activity.start,
      due_date: current ? current.due_date : activity.due,
      depends_on: current?.depends_on ?? '[]',
    });
  });
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'monitoring.update',
    detail: { activityId, status: input.status, percent: input.percent },
  });
  return (await listProgressUpdates(db, actor.assessmentId, activityId)).find((u) => u.id === id)!;
}
