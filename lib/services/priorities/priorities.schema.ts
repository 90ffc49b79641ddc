import { z } from 'zod';
import type { TCriterionResult } from '../../domain/priorities/priority-aggregate';
import { priorityCriteria } from '../../idg/process';
import type { TCandidateActivity } from './candidate-activities.schema';

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
