import { CLOSED_STATUSES, type TActivityStatus } from './monitoring-types';

// Red flags of the monitoring work plan (Part V.1), as pure rules over what tracking recorded.
//
// "Off track" for a KPI: the plan expects it to move in a straight line from its baseline (value
// and date) to its target (value, reached on the latest due date of the adopted activities that
// use it). At the end of the period of its latest measurement the line gives an expected share of
// the distance from baseline to target; the KPI is off track when the measured value has covered
// less than that share minus a tolerance of 10 percentage points. Dividing by (target − baseline)
// makes this work for KPIs that should fall as well as rise. Without a numeric baseline, baseline
// date, numeric target, target date or any measurement the KPI is not judged, and says why.

/** Share of the baseline-to-target distance a KPI may lag the straight line before it is off track. */
export const OFF_TRACK_TOLERANCE = 0.1;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (ISO dates or date-times), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY_MS);
}

export type TKpiTrack = {
  id: string;
  baseline: number | null;
  baselineDate: string | null;
  target: number | null;
  targetDate: string | null;
  /** Measured values with their period's last day, in any order. */
  measurements: { periodEnd: string; value: number }[];
};

export type TKpiNotJudged = 'no-baseline' | 'no-target' | 'no-target-date' | 'flat-target' | 'no-measurements';
export type TKpiStatus =
  | {
      state: 'on-track' | 'off-track';
      expected: number;
      latest: number;
      periodEnd: string;
      progress: number;
      expectedProgress: number;
    }
  | { state: 'not-judged'; reason: TKpiNotJudged };

/** The value the straight line from baseline to target expects on a date (clamped to the line's ends). */
export function expectedValue(
  kpi: { baseline: number; baselineDate: string; target: number; targetDate: string },
  date: string,
): number {
  const span = daysBetween(kpi.baselineDate, kpi.targetDate);
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, daysBetween(kpi.baselineDate, date) / span));
  return kpi.baseline + (kpi.target - kpi.baseline) * share;
}

/** Whether a KPI is on or off its trajectory at its latest measurement, or why it cannot be judged. */
export function kpiStatus(kpi: TKpiTrack): TKpiStatus {
  const { baseline, baselineDate, target, targetDate } = kpi;
  if (baseline === null || baselineDate === null) return { state: 'not-judged', reason: 'no-baseline' };
  if (target === null) return { state: 'not-judged', reason: 'no-target' };
  if (targetDate === null || daysBetween(baselineDate, targetDate) <= 0)
    return { state: 'not-judged', reason: 'no-target-date' };
  if (target === baseline) return { state: 'not-judged', reason: 'flat-target' };
  const latest = [...kpi.measurements].sort((a, b) => (a.periodEnd < b.periodEnd ? 1 : -1))[0];
  if (!latest) return { state: 'not-judged', reason: 'no-measurements' };
  const line = { baseline, baselineDate, target, targetDate };
  const expected = expectedValue(line, latest.periodEnd);
  const distance = target - baseline;
  const progress = (latest.value - baseline) / distance;
  const expectedProgress = (expected - baseline) / distance;
  const state = progress < expectedProgress - OFF_TRACK_TOLERANCE ? 'off-track' : 'on-track';
  return { state, expected, latest: latest.value, periodEnd: latest.periodEnd, progress, expectedProgress };
}

export type TTrackedActivity = {
  id: string;
  status: TActivityStatus;
  startDate: string | null;
  dueDate: string | null;
  /** Time of the latest progress update, or null when there is none. */
  lastUpdateAt: string | null;
  /** When tracking began (the plan's adoption): the clock for "no update" starts there. */
  trackedSince: string;
  kpiIds: string[];
};

export type TRedFlag =
  { kind: 'overdue'; days: number } | { kind: 'stale'; days: number } | { kind: 'kpi-off-track'; kpiId: string };

/**
 * The red flags of one activity on `today` (ISO date): overdue (past its due date and neither done
 * nor cancelled), stale (open, started, and no update for more than `staleAfterDays`; an activity
 * that has not reached its start date owes no update yet), and one flag per KPI it uses that is off track.
 */
export function activityRedFlags(
  a: TTrackedActivity,
  today: string,
  staleAfterDays: number,
  kpiStatuses: ReadonlyMap<string, TKpiStatus>,
): TRedFlag[] {
  const flags: TRedFlag[] = [];
  const open = !CLOSED_STATUSES.has(a.status);
  if (open && a.dueDate && daysBetween(a.dueDate, today) > 0)
    flags.push({ kind: 'overdue', days: daysBetween(a.dueDate, today) });
  const started = !a.startDate || daysBetween(a.startDate, today) >= 0;
  if (open && started) {
    const since =
      a.lastUpdateAt ?? (a.startDate && a.startDate > a.trackedSince.slice(0, 10) ? a.startDate : a.trackedSince);
    const days = daysBetween(since, today);
    if (days > staleAfterDays) flags.push({ kind: 'stale', days });
  }
  if (a.status !== 'cancelled') {
    for (const id of a.kpiIds)
      if (kpiStatuses.get(id)?.state === 'off-track') flags.push({ kind: 'kpi-off-track', kpiId: id });
  }
  return flags;
}

/** Red flags first, the most of them first, then plan order (the input order): for reports and the tracking list. */
export function redFlagsFirst<T extends { flags: readonly TRedFlag[] }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.flags.length - a.item.flags.length || a.i - b.i)
    .map((x) => x.item);
}
