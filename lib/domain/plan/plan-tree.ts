// The action plan as Annex 9 lays it out: outcomes, objectives numbered under them (1.1, 1.2 …),
// activities under objectives. Pure data and rules, shared by the live board, the server's
// reading of the draft, the adopted snapshots and the exports.

/** One activity of the plan with its Annex 9 columns. */
export type TPlanActivity = {
  id: string;
  /** e.g. "1.2.3": outcome, objective, position. */
  number: string;
  title: string;
  /** Responsible person or unit, as written in the plan. */
  responsible: string;
  /** The member formally assigned (step 6), if any. */
  ownerId: string | null;
  target: string;
  /** Budget and resources, in words. */
  resources: string;
  /** Additional cost, in the administration's currency; summed by outcome and year. */
  budget: number | null;
  /** People needed, in person-months; summed by outcome and year. */
  staff: number | null;
  start: string | null;
  due: string | null;
  strategicLink: string;
  kpiIds: string[];
  /** The agreed candidate activity it came from (prioritisation), if any. */
  candidateId: string | null;
};
export type TPlanObjective = { id: string; number: string; title: string; activities: TPlanActivity[] };
export type TPlanOutcome = { id: string; number: string; title: string; objectives: TPlanObjective[] };
/** A live row whose parent was deleted while it was added or moved: shown so it can be placed again. */
export type TPlanOrphan = { id: string; kind: 'objective' | 'activity'; title: string };
export type TPlanDraft = { outcomes: TPlanOutcome[]; orphans: TPlanOrphan[] };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar quarter of an ISO date, e.g. "Q1 2027"; null for anything else. */
export function quarterOf(date: string | null): string | null {
  const m = date ? ISO_DATE.exec(date) : null;
  if (!m) return null;
  return `Q${Math.floor((Number(m[2]) - 1) / 3) + 1} ${m[1]}`;
}

/** Annex 9's timeline cell: the quarter(s) and the dates, e.g. "Q1 2027 – Q2 2027 (2027-01-10 to 2027-05-31)". */
export function timelineLabel(start: string | null, due: string | null): string {
  const qs = quarterOf(start);
  const qd = quarterOf(due);
  if (!qs && !qd) return '';
  const quarters = qs && qd && qs !== qd ? `${qs} – ${qd}` : (qd ?? qs ?? '');
  const dates = start && due ? `${start} to ${due}` : due ? `due ${due}` : `from ${start}`;
  return `${quarters} (${dates})`;
}

/** Every activity of a draft, in plan order. */
export function planActivities(draft: TPlanDraft): TPlanActivity[] {
  return draft.outcomes.flatMap((o) => o.objectives.flatMap((j) => j.activities));
}

/** The ids of every KPI sheet the plan's activities use, each once. */
export function kpiIdsUsed(draft: TPlanDraft): string[] {
  return [...new Set(planActivities(draft).flatMap((a) => a.kpiIds))];
}

export type TResourceTotal = { key: string; label: string; budget: number; staff: number; activities: number };

function add(map: Map<string, TResourceTotal>, key: string, label: string, a: TPlanActivity): void {
  const t = map.get(key) ?? { key, label, budget: 0, staff: 0, activities: 0 };
  t.budget += a.budget ?? 0;
  t.staff += a.staff ?? 0;
  t.activities += 1;
  map.set(key, t);
}

/**
 * Budget and people summed by outcome and by year (step 5). An activity counts in the year it is
 * due (its start year when it has no due date): the guide asks for resources per implementation
 * period, and the due year is when the cost is committed.
 */
export function resourceTotals(draft: TPlanDraft): { byOutcome: TResourceTotal[]; byYear: TResourceTotal[] } {
  const byOutcome = new Map<string, TResourceTotal>();
  const byYear = new Map<string, TResourceTotal>();
  for (const o of draft.outcomes) {
    for (const a of o.objectives.flatMap((j) => j.activities)) {
      add(byOutcome, o.id, `Outcome ${o.number}`, a);
      const year = (a.due ?? a.start)?.slice(0, 4) ?? 'unscheduled';
      add(byYear, year, year === 'unscheduled' ? 'No timeline yet' : year, a);
    }
  }
  return { byOutcome: [...byOutcome.values()], byYear: [...byYear.values()].sort((a, b) => (a.key < b.key ? -1 : 1)) };
}

/** Where each candidate activity sits in the plan: candidate id → activity numbers. */
export function candidatePlacements(draft: TPlanDraft): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of planActivities(draft)) {
    if (a.candidateId) out.set(a.candidateId, [...(out.get(a.candidateId) ?? []), a.number]);
  }
  return out;
}
