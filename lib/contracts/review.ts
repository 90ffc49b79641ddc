import { z } from 'zod';
import { ZActivityStatusSchema } from '../domain/monitoring/monitoring-types';
import { type TNewPlanSort, ZContinuityDecisionSchema } from '../domain/monitoring/plan-continuity';
import type { TAreaGaps, TJudgementCounts } from '../domain/monitoring/gap-analysis';
import { ZIdSchema } from './shared';

// The review round's new plan and gap analysis (Parts V and VI of the guide); the round itself and
// its comparison are in ./monitoring.

/** `PUT /api/assessments/:id/review-round/continuity`: how the new plan takes up one previous activity. */
export const ZContinuitySchema = z
  .object({
    activityId: ZIdSchema,
    decision: ZContinuityDecisionSchema,
    variation: z.string().trim().max(2000, 'Use at most 2,000 characters.'),
  })
  .refine((c) => c.decision !== 'varied' || c.variation.length > 0, {
    message: 'Say what changes.',
    path: ['variation'],
  });
export type TContinuityInput = z.infer<typeof ZContinuitySchema>;

const ZTargetingSchema = z.object({
  number: z.string(),
  title: z.string(),
  status: ZActivityStatusSchema,
  percent: z.number(),
});

const ZSortedActivitySchema = ZTargetingSchema.extend({
  id: z.string(),
  decision: ZContinuityDecisionSchema.nullable(),
  variation: z.string(),
  inNewPlan: z.array(z.string()),
});

/** `GET .../review-round/continuity` and what the `PUT` answers: the new plan's activities sorted. */
export const ZNewPlanResponseSchema = z.object({
  continued: z.array(ZSortedActivitySchema),
  varied: z.array(ZSortedActivitySchema),
  dropped: z.array(ZSortedActivitySchema),
  unsorted: z.array(ZSortedActivitySchema),
  added: z.array(z.object({ number: z.string(), title: z.string() })),
}) satisfies z.ZodType<TNewPlanSort>;
export type TNewPlan = z.infer<typeof ZNewPlanResponseSchema>;

/** The integrity gap analysis of a review round, per area with its title; no route sends it. */
export type TGapAnalysisView = { areas: (TAreaGaps & { title: string })[]; judgements: TJudgementCounts };
