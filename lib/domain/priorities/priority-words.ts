import { criterionPriority, type TCriterionResult } from './priority-aggregate';
import { PRIORITY_LEVELS, type TPriorityLevel } from './priority-levels';

/**
 * An activity's result read in words, as the guide advises ("low", "medium" or "high" rather than
 * numbers, to avoid overconfidence in their accuracy): how many criteria read as a high, medium or
 * low priority, and the word nearest to the combined score.
 */
export type TPriorityWords = {
  /** The level nearest to the combined score; null when nothing was rated. */
  overall: TPriorityLevel | null;
  /** Criteria per priority level; cost counts the other way round (a high cost reads as a low priority). */
  counts: Record<TPriorityLevel, number>;
  /** The criteria of the round: the "of" in "high on 5 of 8 criteria". */
  of: number;
};

/**
 * The word of a score on the 1-to-3 scale: the nearest level, and halfway between two the lower
 * one, the cautious reading that medianLevel also takes.
 */
export function levelOfScore(score: number): TPriorityLevel {
  if (score <= 1.5) return 'low';
  return score <= 2.5 ? 'medium' : 'high';
}

/** Reads one activity's result in words over the criteria of its round. */
export function priorityWords(
  ratings: Readonly<Record<string, TCriterionResult>>,
  criteria: readonly string[],
  score: number | null,
): TPriorityWords {
  const counts: Record<TPriorityLevel, number> = { low: 0, medium: 0, high: 0 };
  for (const criterion of criteria) {
    const median = ratings[criterion]?.median;
    if (median) counts[PRIORITY_LEVELS[criterionPriority(criterion, median) - 1]!] += 1;
  }
  return { overall: score === null ? null : levelOfScore(score), counts, of: criteria.length };
}
