import { z } from 'zod';
import type { TActivityStatus } from './monitoring-types';

// The new integrity action plan of a review round (Part VI of the guide) holds activities
// "previously identified that require continued attention", "variations to activities ... that
// were addressed in the previous action plan" and "a range of new activities". Each activity of
// the previous plan is sorted by a facilitator; the new plan's activities that come from none of
// them are the new ones.

/** How the new plan takes up a previous activity: unchanged, with changes, or not at all. */
export const CONTINUITY_DECISIONS = ['continued', 'varied', 'dropped'] as const;
export const ZContinuityDecisionSchema = z.enum(CONTINUITY_DECISIONS);
export type TContinuityDecision = z.infer<typeof ZContinuityDecisionSchema>;

/** An activity of the previous adopted plan, as monitoring left it. */
export type TPreviousActivity = { id: string; number: string; title: string; status: TActivityStatus; percent: number };

/** An activity of the new plan draft, with the candidate activity it was placed from. */
export type TNewPlanActivity = { number: string; title: string; candidateId: string | null };

/** A previous activity with how it was sorted and where it stands in the new plan. */
export type TSortedActivity = TPreviousActivity & {
  decision: TContinuityDecision | null;
  variation: string;
  /** Numbers of the new plan's activities placed from its carried candidate activity. */
  inNewPlan: string[];
};

export type TNewPlanSort = {
  continued: TSortedActivity[];
  varied: TSortedActivity[];
  dropped: TSortedActivity[];
  /** Previous activities nobody has sorted yet. */
  unsorted: TSortedActivity[];
  /** The new plan's activities that come from no previous activity. */
  added: { number: string; title: string }[];
};

/**
 * Sorts the previous plan's activities by their decisions and finds the new plan's new activities.
 * `carried` maps a carried candidate activity to the previous activity it came from.
 */
export function sortNewPlan(
  previous: readonly TPreviousActivity[],
  decisions: ReadonlyMap<string, { decision: TContinuityDecision; variation: string }>,
  carried: ReadonlyMap<string, string>,
  plan: readonly TNewPlanActivity[],
): TNewPlanSort {
  const out: TNewPlanSort = { continued: [], varied: [], dropped: [], unsorted: [], added: [] };
  const placed = new Map<string, string[]>();
  for (const a of plan) {
    const from = a.candidateId ? carried.get(a.candidateId) : undefined;
    if (from) placed.set(from, [...(placed.get(from) ?? []), a.number]);
    else out.added.push({ number: a.number, title: a.title });
  }
  for (const a of previous) {
    const d = decisions.get(a.id);
    const sorted = {
      ...a,
      decision: d?.decision ?? null,
      variation: d?.variation ?? '',
      inNewPlan: placed.get(a.id) ?? [],
    };
    (d ? out[d.decision] : out.unsorted).push(sorted);
  }
  return out;
}
