import 'server-only';
import type { TDb } from '../../db/client';
import { kpiLine } from '../../domain/monitoring/kpi-figures';
import { kpiSheetName } from '../../domain/plan/kpi-sheet';
import type { TPlanSnapshot } from '../../domain/plan/plan-snapshot';
import { planActivities } from '../../domain/plan/plan-tree';
import type { TMonitoredKpi, TPlacedActivity } from '../../contracts/monitoring';

/** The plan being monitored: the latest adopted version, frozen; monitoring never reads the draft. */
export type TMonitoredPlan = TPlanSnapshot & { version: number; adoptedAt: string };

/** The latest adopted version of an assessment's plan, or null while none is adopted. */
export async function monitoredPlan(db: TDb, assessmentId: string): Promise<TMonitoredPlan | null> {
  const row = await db
    .selectFrom('plan_submissions')
    .select(['snapshot', 'version', 'decided_at'])
    .where('assessment_id', '=', assessmentId)
    .where('status', '=', 'adopted')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  if (!row || row.version === null) return null;
  return { ...(JSON.parse(row.snapshot) as TPlanSnapshot), version: row.version, adoptedAt: row.decided_at ?? '' };
}

/** Every adopted activity in plan order, with its objective and outcome. */
export function placedActivities(plan: TPlanSnapshot): TPlacedActivity[] {
  return plan.draft.outcomes.flatMap((o) =>
    o.objectives.flatMap((j) =>
      j.activities.map((a) => ({
        ...a,
        objective: { id: j.id, number: j.number, title: j.title },
        outcome: { id: o.id, number: o.number, title: o.title },
      })),
    ),
  );
}

/** The adopted plan's KPIs with baseline, target and target date resolved. */
export function monitoredKpis(plan: TPlanSnapshot): TMonitoredKpi[] {
  const activities = planActivities(plan.draft);
  return plan.kpiSheets.map((s) => {
    const using = activities.filter((a) => a.kpiIds.includes(s.id));
    const dues = using
      .map((a) => a.due)
      .filter((d): d is string => !!d)
      .sort();
    return {
      id: s.id,
      name: kpiSheetName(s),
      baselineText: s.baselineValue,
      targetText: s.fields.targetValue ?? '',
      ...kpiLine(s, dues.at(-1) ?? null),
      disaggregation: (s.fields.disaggregation ?? '').trim(),
      periodicity: (s.fields.periodicity ?? '').trim(),
      activityNumbers: using.map((a) => a.number),
    };
  });
}
