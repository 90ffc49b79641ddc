import 'server-only';
import type { TDb } from '../../db/client';
import { kpiLine } from '../../domain/monitoring/kpi-figures';
import { kpiSheetName } from '../../domain/plan/kpi-sheet';
import type { TPlanSnapshot } from '../../domain/plan/plan-snapshot';
import { planActivities, type TPlanActivity } from '../../domain/plan/plan-tree';

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

/** One adopted activity with the objective and outcome it sits under. */
export type TPlacedActivity = TPlanActivity & { objective: { id: string; number: string; title: string }; outcome: { id: string; number: string; title: string } };

/** Every adopted activity in plan order, with its objective and outcome. */
export function placedActivities(plan: TPlanSnapshot): TPlacedActivity[] {
  return plan.draft.outcomes.flatMap((o) =>
    o.objectives.flatMap((j) => j.activities.map((a) => ({ ...a, objective: { id: j.id, number: j.number, title: j.title }, outcome: { id: o.id, number: o.number, title: o.title } }))),
  );
}

/** A KPI of the adopted plan as monitoring reads it: numbers taken from the sheet's words where it has them. */
export type TMonitoredKpi = {
  id: string;
  name: string;
  baselineText: string | null;
  baseline: number | null;
  baselineDate: string | null;
  targetText: string;
  target: number | null;
  /** When the target should be reached: the sheet's target date, else the date its target words give, else the latest due date of the adopted activities that use this KPI. */
  targetDate: string | null;
  /** What the sheet asks to disaggregate by (Annex 11 field k), if anything. */
  disaggregation: string;
  periodicity: string;
  activityNumbers: string[];
};

/** The adopted plan's KPIs with baseline, target and target date resolved. */
export function monitoredKpis(plan: TPlanSnapshot): TMonitoredKpi[] {
  const activities = planActivities(plan.draft);
  return plan.kpiSheets.map((s) => {
    const using = activities.filter((a) => a.kpiIds.includes(s.id));
    const dues = using.map((a) => a.due).filter((d): d is string => !!d).sort();
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
