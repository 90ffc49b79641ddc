// The guide rates priorities in words, "low", "medium" or "high", rather than numbers, to avoid
// overconfidence in their accuracy (action planning step 1); a rater may also skip a cell. Their
// schemas are in lib/contracts/priorities.ts: the rating grid takes these values without zod.

/** The three levels of the guide's priority scale, lowest first. */
export const PRIORITY_LEVELS = ['low', 'medium', 'high'] as const;
export type TPriorityLevel = (typeof PRIORITY_LEVELS)[number];

/** What a rater may put in one cell: a level, or skip (no opinion; left out of every result). */
export const RATING_VALUES = ['low', 'medium', 'high', 'skip'] as const;
export type TRatingValue = (typeof RATING_VALUES)[number];

/** The priority the group agrees for an activity after rating; 'not-retained' leaves it out of the plan. */
export const AGREED_PRIORITIES = ['high', 'medium', 'low', 'not-retained'] as const;

/** Criteria where a high rating lowers the priority (an expensive activity is less of a priority). */
export const INVERTED_CRITERIA: ReadonlySet<string> = new Set(['cost']);

/** The position of a level on the scale, 1 to 3. */
export function levelScore(level: TPriorityLevel): number {
  return PRIORITY_LEVELS.indexOf(level) + 1;
}

/** A distribution of one cell's ratings: how many said each value. */
export type TDistribution = Record<TRatingValue, number>;

/** An empty distribution. */
export function emptyDistribution(): TDistribution {
  return { low: 0, medium: 0, high: 0, skip: 0 };
}
