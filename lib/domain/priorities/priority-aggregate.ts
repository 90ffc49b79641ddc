import {
  INVERTED_CRITERIA,
  PRIORITY_LEVELS,
  type TDistribution,
  type TPriorityLevel,
  levelScore,
} from './priority-levels';

/** The aggregate of one activity on one criterion. */
export type TCriterionResult = {
  distribution: TDistribution;
  /** Null when every rating was a skip, or there was none. */
  median: TPriorityLevel | null;
  /** Ratings on this criterion run from low to high: worth discussing before agreeing. */
  disagreement: boolean;
};

/** One activity's aggregate over the criteria of a round. */
export type TActivityResult = {
  criteria: Record<string, TCriterionResult>;
  score: number | null;
  disagreement: boolean;
};

/** An activity in a ranking: rank 1 is the highest; equal scores share a rank (1, 2, 2, 4). */
export type TRanked<T> = T & { rank: number | null; tied: boolean };

/**
 * The median of a distribution, skips excluded. Levels are ordinal and cannot be averaged, so
 * with an even count it is the lower of the two middle ratings (the cautious reading).
 */
export function medianLevel(d: TDistribution): TPriorityLevel | null {
  const n = d.low + d.medium + d.high;
  if (n === 0) return null;
  const middle = Math.floor((n - 1) / 2);
  let seen = 0;
  for (const level of PRIORITY_LEVELS) {
    seen += d[level];
    if (middle < seen) return level;
  }
  return null;
}

/** Whether ratings spread over the whole scale: someone said low and someone said high. */
export function hasDisagreement(d: TDistribution): boolean {
  return d.low > 0 && d.high > 0;
}

/** The aggregate of one cell. */
export function criterionResult(d: TDistribution): TCriterionResult {
  return { distribution: d, median: medianLevel(d), disagreement: hasDisagreement(d) };
}

/** How much a criterion's median adds to priority, 1 to 3: inverted where high lowers it (cost). */
export function criterionPriority(criterion: string, median: TPriorityLevel): number {
  const score = levelScore(median);
  return INVERTED_CRITERIA.has(criterion) ? 4 - score : score;
}

/**
 * The combined priority of an activity: the weighted mean of its criteria's medians on 1 to 3
 * (cost inverted, ease as is). Criteria without a median or with weight 0 are left out; null
 * when nothing is left. Rounded to 1e-6 so that equal inputs in another order tie exactly.
 */
export function combinedScore(
  criteria: Record<string, TCriterionResult>,
  weights: Readonly<Record<string, number>>,
): number | null {
  let sum = 0;
  let total = 0;
  for (const [criterion, result] of Object.entries(criteria)) {
    const weight = weights[criterion] ?? 1;
    if (!result.median || weight <= 0) continue;
    sum += weight * criterionPriority(criterion, result.median);
    total += weight;
  }
  return total === 0 ? null : Math.round((sum / total) * 1e6) / 1e6;
}

/** Aggregates one activity's distributions per criterion. */
export function activityResult(
  distributions: Record<string, TDistribution>,
  weights: Readonly<Record<string, number>>,
): TActivityResult {
  const criteria = Object.fromEntries(Object.entries(distributions).map(([c, d]) => [c, criterionResult(d)]));
  return {
    criteria,
    score: combinedScore(criteria, weights),
    disagreement: Object.values(criteria).some((r) => r.disagreement),
  };
}

/**
 * Ranks items by score, highest first, with competition ranking (1, 2, 2, 4). Ties are ordered
 * by title and then id, so every reader sees the same order; items without a score come last,
 * unranked.
 */
export function rankByScore<T extends { id: string; title: string; score: number | null }>(
  items: readonly T[],
): TRanked<T>[] {
  const byTitle = (a: T, b: T) => a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = [...items].sort((a, b) => {
    if (a.score === null || b.score === null) return a.score === b.score ? byTitle(a, b) : a.score === null ? 1 : -1;
    return b.score - a.score || byTitle(a, b);
  });
  const count = new Map<number, number>();
  for (const item of sorted) if (item.score !== null) count.set(item.score, (count.get(item.score) ?? 0) + 1);
  let rank = 0;
  return sorted.map((item, i) => {
    if (item.score === null) return { ...item, rank: null, tied: false };
    if (i === 0 || sorted[i - 1]!.score !== item.score) rank = i + 1;
    return { ...item, rank, tied: (count.get(item.score) ?? 0) > 1 };
  });
}
