import type { TEvaluationChange } from './round-comparison';

// The round comparison opens on what changed: a review round looks for the questions whose
// evaluation moved, not at every question of the checklist. "Changed" takes every move, also those
// off the scale (to or from "not applicable" or not evaluated), so that no change is only under "all".

export const CHANGE_FILTERS = ['changed', 'improved', 'worsened', 'unchanged', 'all'] as const;
export type TChangeFilter = (typeof CHANGE_FILTERS)[number];

/** The filter a comparison opens with. */
export const DEFAULT_CHANGE_FILTER: TChangeFilter = 'changed';

/** Whether a question's change of evaluation passes the filter. */
export function matchesChange(change: TEvaluationChange, filter: TChangeFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'unchanged') return change === 'same';
  if (filter === 'changed') return change !== 'same';
  return change === filter;
}

type TFiltered = { areaId: string; evaluation: TEvaluationChange };

/** The questions of one area (every area when null) that pass the change filter, in their order. */
export function filterComparison<T extends TFiltered>(
  questions: readonly T[],
  areaId: string | null,
  change: TChangeFilter,
): T[] {
  return questions.filter((q) => (areaId === null || q.areaId === areaId) && matchesChange(q.evaluation, change));
}

/** How many questions of the area (every area when null) each change filter would show. */
export function changeCounts(questions: readonly TFiltered[], areaId: string | null): Record<TChangeFilter, number> {
  const inArea = questions.filter((q) => areaId === null || q.areaId === areaId);
  return Object.fromEntries(
    CHANGE_FILTERS.map((f) => [f, inArea.filter((q) => matchesChange(q.evaluation, f)).length]),
  ) as Record<TChangeFilter, number>;
}
