import { z } from 'zod';
import { ZAgreedPrioritySchema, type TAgreedPriority } from '../domain/priorities/priority-levels';
import type { TCriterionResult } from '../domain/priorities/priority-aggregate';
import { priorityCriteria } from '../idg/process';

const ZTitle = z.string().trim().min(1, 'Give the activity a title.').max(200);
const ZDescription = z.string().trim().max(4000);
// The guide's key (`transparency.20`) or an added question's (`transparency.a1`); the service then
// checks that the assessment has that question.
const ZQuestionKey = z.string().regex(/^[a-z][a-z-]{0,39}\.a?\d{1,4}$/, 'Not a checklist question key (e.g. transparency.20 or transparency.a1).');

/** A candidate activity added directly by a facilitator. */
export const ZNewActivitySchema = z.object({ title: ZTitle, description: ZDescription.default(''), sources: z.array(ZQuestionKey).max(50).default([]) }).strict();
export type TNewActivity = z.infer<typeof ZNewActivitySchema>;

/** An edit of a candidate activity; withdrawing is `status: 'withdrawn'`, restoring `'active'`. */
export const ZActivityPatchSchema = z
  .object({ title: ZTitle.optional(), description: ZDescription.optional(), status: z.enum(['active', 'withdrawn']).optional() })
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
  .refine((a) => a.priority === null || a.reason.length > 0, { message: 'Say why the group agreed this priority.', path: ['reason'] });
export type TAgreed = z.infer<typeof ZAgreedSchema>;

/** A candidate activity as API responses and views show it. */
export type TCandidateActivity = {
  id: string;
  title: string;
  description: string;
  status: 'active' | 'withdrawn' | 'merged';
  mergedInto: string | null;
  originFinding: string | null;
  /** The questions it comes from; `label` is `20`, or `A1` with `added` for a question the administration added. */
  sources: { questionKey: string; areaId: string; label: string; added: boolean }[];
  agreed: { priority: TAgreedPriority; reason: string; by: { id: string; name: string }; at: string } | null;
};

/** The facilitators' weights of the priority criteria (0 leaves one out; 1 each by default). */
export const ZWeightsSchema = z
  .object({ weights: z.record(z.string(), z.number().min(0).max(10)) })
  .strict()
  .refine((w) => Object.keys(w.weights).every((c) => priorityCriteria.some((p) => p.id === c)), { message: 'Unknown criterion.', path: ['weights'] });
export type TWeights = z.infer<typeof ZWeightsSchema>;

/** An activity with its aggregated ratings, combined score and rank, as the results show it. */
export type TPrioritisedActivity = TCandidateActivity & {
  ratings: Record<string, TCriterionResult>;
  score: number | null;
  rank: number | null;
  tied: boolean;
  disagreement: boolean;
};

/** `GET /api/assessments/:id/priorities`: the ranking from the latest round whose results may be shown. */
export type TPriorities = {
  round: { id: string; status: 'open' | 'closed'; criteria: string[]; voters: number; openedAt: string; closedAt: string | null } | null;
  weights: Record<string, number>;
  activities: TPrioritisedActivity[];
};
