import { z } from 'zod';
import { ZPersonSchema } from './shared';
import { ZIndicatorDirectionSchema, ZReviewIndicatorIdSchema } from '../domain/monitoring/review-indicators';

/** `PUT /api/assessments/:id/review-indicators`: what the group recorded for one indicator this round. */
export const ZReviewIndicatorSchema = z.object({
  indicatorId: ZReviewIndicatorIdSchema,
  observation: z.string().trim().min(1, 'Say what the group observed.').max(4000, 'Use at most 4,000 characters.'),
  direction: ZIndicatorDirectionSchema,
  source: z.string().trim().max(500, 'Use at most 500 characters.'),
});
export type TReviewIndicatorInput = z.infer<typeof ZReviewIndicatorSchema>;

const ZReviewIndicatorRecordSchema = z.object({
  indicatorId: ZReviewIndicatorIdSchema,
  observation: z.string(),
  direction: ZIndicatorDirectionSchema,
  source: z.string(),
  updatedBy: ZPersonSchema,
  updatedAt: z.string(),
});
export type TReviewIndicatorRecord = z.infer<typeof ZReviewIndicatorRecordSchema>;

/**
 * `GET` and `PUT /api/assessments/:id/review-indicators`: this round's records and, when this
 * assessment is a review round, the previous round's beside them.
 */
export const ZReviewIndicatorsResponseSchema = z.object({
  indicators: z.array(ZReviewIndicatorRecordSchema),
  previous: z
    .object({ assessmentId: z.string(), title: z.string(), indicators: z.array(ZReviewIndicatorRecordSchema) })
    .nullable(),
});
export type TReviewIndicatorsResponse = z.infer<typeof ZReviewIndicatorsResponseSchema>;
