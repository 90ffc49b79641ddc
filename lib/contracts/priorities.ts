import { z } from 'zod';
import { AGREED_PRIORITIES, PRIORITY_LEVELS, RATING_VALUES } from '../domain/priorities/priority-levels';
import type { TCriterionResult } from '../domain/priorities/priority-aggregate';
import { priorityCriteria } from '../idg/process';
import { isAddedCriterion } from '../domain/priorities/added-criteria';
import type { TPriorityWords } from '../domain/priorities/priority-words';
import { ZPersonSchema } from './shared';

const ZPriorityLevelSchema = z.enum(PRIORITY_LEVELS);
/** What a rater may put in one cell: a level, or skip. */
export const ZRatingValueSchema = z.enum(RATING_VALUES);
const ZAgreedPrioritySchema = z.enum(AGREED_PRIORITIES);

const ZTitle = z.string().trim().min(1, 'Give the activity a title.').max(200);
const ZDescription = z.string().trim().max(4000);
// The guide's key (`transparency.20`) or an added question's (`transparency.a1`); the service then
// checks that the assessment has that question.
const ZQuestionKey = z
  .string()
  .regex(/^[a-z][a-z-]{0,39}\.a?\d{1,4}$/, 'Not a checklist question key (e.g. transparency.20 or transparency.a1).');

/** A candidate activity added directly by a facilitator. */
export const ZNewActivitySchema = z
  .object({ title: ZTitle, description: ZDescription.default(''), sources: z.array(ZQuestionKey).max(50).default([]) })
  .strict();
export type TNewActivity = z.infer<typeof ZNewActivitySchema>;

/** An edit of a candidate activity; withdrawing is `status: 'withdrawn'`, restoring `'active'`. */
export const ZActivityPatchSchema = z
  .object({
    title: ZTitle.optional(),
    description: ZDescription.optional(),
    status: z.enum(['active', 'withdrawn']).optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Nothing to change.');
export type TActivityPatch = z.infer<typeof ZActivityPatchSchema>;

/** Merges duplicates into the activity of the URL, which keeps every source. */
export const ZMergeSchema = z.object({ duplicateIds: z.array(z.string().min(1).max(64)).min(1).max(50) }).strict();
export type TMerge = z.infer<typeof ZMergeSchema>;

/** The group's agreed priority with its reason; null clears it. */
export const ZAgreedSchema = z
  .object({ priority: ZAgreedPrioritySchema.nullable(), reason: z.string().trim().max(2000).default('') })
  .strict()
  .refine((a) => a.priority === null || a.reason.length > 0, {
    message: 'Say why the group agreed this priority.',
    path: ['reason'],
  });
export type TAgreed = z.infer<typeof ZAgreedSchema>;

/** A candidate activity as API responses and views show it. */
export const ZCandidateActivitySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(['active', 'withdrawn', 'merged']),
  mergedInto: z.string().nullable(),
  originFinding: z.string().nullable(),
  /** The questions it comes from; `label` is `20`, or `A1` with `added` for a question the administration added. */
  sources: z.array(z.object({ questionKey: z.string(), areaId: z.string(), label: z.string(), added: z.boolean() })),
  agreed: z
    .object({ priority: ZAgreedPrioritySchema, reason: z.string(), by: ZPersonSchema, at: z.string() })
    .nullable(),
});
export type TCandidateActivity = z.infer<typeof ZCandidateActivitySchema>;

/** `GET /api/assessments/:id/activities`: every candidate activity, withdrawn and merged ones included. */
export const ZActivitiesResponseSchema = z.object({ activities: z.array(ZCandidateActivitySchema) });
export type TActivitiesResponse = z.infer<typeof ZActivitiesResponseSchema>;

/** The facilitators' weights of the priority criteria (0 leaves one out; 1 each by default). */
export const ZWeightsSchema = z
  .object({ weights: z.record(z.string(), z.number().min(0).max(10)) })
  .strict()
  // An added criterion's id is checked against the assessment by the service.
  .refine((w) => Object.keys(w.weights).every((c) => isAddedCriterion(c) || priorityCriteria.some((p) => p.id === c)), {
    message: 'Unknown criterion.',
    path: ['weights'],
  });
export type TWeights = z.infer<typeof ZWeightsSchema>;
/** `PUT /api/assessments/:id/priorities/weights`: every criterion's weight as now stored. */
export const ZWeightsResponseSchema = z.object({ weights: z.record(z.string(), z.number()) });
export type TWeightsResponse = z.infer<typeof ZWeightsResponseSchema>;

/** A criterion the working group adds beside the guide's eight: a name and what it asks. */
export const ZNewCriterionSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the criterion a name.').max(120),
    description: z.string().trim().max(1000).default(''),
  })
  .strict();
export type TNewCriterion = z.infer<typeof ZNewCriterionSchema>;

/** A criterion the working group added; `used` once a round has put it to the vote, after which it stays. */
export const ZAddedCriterionSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  used: z.boolean(),
});
export type TAddedCriterion = z.infer<typeof ZAddedCriterionSchema>;

/** `GET|POST /api/assessments/:id/priorities/criteria`: the criteria the working group added, oldest first. */
export const ZAddedCriteriaResponseSchema = z.object({ criteria: z.array(ZAddedCriterionSchema) });
export type TAddedCriteriaResponse = z.infer<typeof ZAddedCriteriaResponseSchema>;

/** `POST /api/assessments/:id/activities/gather`: how many findings became candidates, how many were there already. */
export const ZGatherResponseSchema = z.object({ added: z.number().int(), skipped: z.number().int() });
export type TGatherResponse = z.infer<typeof ZGatherResponseSchema>;

const ZCriterionResultSchema = z.object({
  distribution: z.record(ZRatingValueSchema, z.number()),
  median: ZPriorityLevelSchema.nullable(),
  disagreement: z.boolean(),
}) satisfies z.ZodType<TCriterionResult>;

/** An activity with its aggregated ratings, combined score and rank, as the results show it. */
export const ZPrioritisedActivitySchema = ZCandidateActivitySchema.extend({
  ratings: z.record(z.string(), ZCriterionResultSchema),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  tied: z.boolean(),
  disagreement: z.boolean(),
  /** The result in words, which the results lead with; the score is secondary. */
  words: z.object({
    overall: ZPriorityLevelSchema.nullable(),
    counts: z.object({ low: z.number(), medium: z.number(), high: z.number() }),
    of: z.number(),
  }) satisfies z.ZodType<TPriorityWords>,
});
export type TPrioritisedActivity = z.infer<typeof ZPrioritisedActivitySchema>;

/** `GET /api/assessments/:id/priorities`: the ranking from the latest round whose results may be shown. */
export const ZPrioritiesResponseSchema = z.object({
  round: z
    .object({
      id: z.string(),
      status: z.enum(['open', 'closed']),
      criteria: z.array(z.string()),
      voters: z.number(),
      openedAt: z.string(),
      closedAt: z.string().nullable(),
    })
    .nullable(),
  weights: z.record(z.string(), z.number()),
  addedCriteria: z.array(ZAddedCriterionSchema),
  activities: z.array(ZPrioritisedActivitySchema),
});
export type TPriorities = z.infer<typeof ZPrioritiesResponseSchema>;
