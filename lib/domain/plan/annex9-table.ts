// The action plan as the table of Annex 9 lays it out: one row per outcome and per objective, each
// spanning the table, and under each objective one row per activity with the guide's columns.
// Shared by the plan's Table view and the report's plan annex, so both read the same way.
import type { TPlanActivity, TPlanDraft } from './plan-tree';

/** Annex 9's columns, in the guide's order. */
export const ANNEX9_COLUMNS = [
  'activity',
  'responsible',
  'kpi',
  'target',
  'resources',
  'timeline',
  'strategic',
] as const;

/** One row of the Annex 9 table: an outcome or an objective across the table, or an activity in the columns. */
export type TAnnex9Row =
  | { kind: 'outcome'; id: string; number: string; title: string }
  | { kind: 'objective'; id: string; number: string; title: string; outcomeId: string }
  | { kind: 'activity'; id: string; activity: TPlanActivity; objectiveId: string };

/** The rows of the Annex 9 table in plan order: each outcome, then each of its objectives with its activities. */
export function annex9Rows(draft: TPlanDraft): TAnnex9Row[] {
  return draft.outcomes.flatMap((o): TAnnex9Row[] => [
    { kind: 'outcome', id: o.id, number: o.number, title: o.title },
    ...o.objectives.flatMap((j): TAnnex9Row[] => [
      { kind: 'objective', id: j.id, number: j.number, title: j.title, outcomeId: o.id },
      ...j.activities.map((a): TAnnex9Row => ({ kind: 'activity', id: a.id, activity: a, objectiveId: j.id })),
    ]),
  ]);
}

const QUARTER = /^Q([1-4]) (\d{4})$/;

/** The first and last day of a quarter as Annex 9 writes a timeline ("Q1 2022"); null for anything else. */
export function quarterDates(label: string): { start: string; due: string } | null {
  const m = QUARTER.exec(label.trim());
  if (!m) return null;
  const q = Number(m[1]);
  const year = m[2]!;
  const lastMonth = q * 3;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(Number(year), lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(lastMonth - 2)}-01`, due: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}
