import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import type { TActivityStatus } from '../../domain/monitoring/monitoring-types';
import { can } from '../../domain/access/permissions';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { monitoredPlan, placedActivities, type TMonitoredPlan } from './monitoring-plan';
import type {
  TPlacedActivity,
  TProgressUpdate,
  TProgressUpdateInput,
  TTrackingInput,
} from '../../contracts/monitoring';
import { listProgressUpdates } from './monitoring';

// Tracking the adopted plan's activities: their status, dates and dependencies, and progress
// updates; facilitators for any activity, the responsible member for their own.

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
