// The guide lists eight priority criteria that the rating "should include (but not necessarily
// limited to)" (action planning step 1); a working group may add its own for an assessment.

/** How many criteria a working group may add to an assessment: a round then rates at most sixteen. */
export const MAX_ADDED_CRITERIA = 8;

/** The guide's eight and the added ones together: the most a rating round can cover. */
export const MAX_ROUND_CRITERIA = 8 + MAX_ADDED_CRITERIA;

const ADDED_PREFIX = 'added-';

/** The id of a new added criterion, from a random suffix: two facilitators adding at once do not collide. */
export function addedCriterionId(suffix: string): string {
  return `${ADDED_PREFIX}${suffix}`;
}

/** Whether a criterion id is one a working group added, rather than the guide's. */
export function isAddedCriterion(id: string): boolean {
  return id.startsWith(ADDED_PREFIX);
}
