import { z } from 'zod';

// Part VI's indicators of success, recorded by the working group once per round: what it saw for
// each, which way it went since the last round, and where that comes from. The guide's words for
// each indicator are in lib/idg/data/process.json under the same ids.

/** The ten indicators' ids, in the guide's order. */
export const REVIEW_INDICATOR_IDS = [
  'satisfaction-surveys',
  'complaints-against-employees',
  'investigations-prosecutions',
  'media-coverage',
  'international-reports',
  'ombudsman-complaints',
  'public-complaints',
  'audits',
  'performance-targets',
  'operational-statistics',
] as const;
export const ZReviewIndicatorIdSchema = z.enum(REVIEW_INDICATOR_IDS);
export type TReviewIndicatorId = z.infer<typeof ZReviewIndicatorIdSchema>;

/**
 * Which way an indicator went. "Not known" is a direction of its own: a group without the figures
 * says so rather than guessing, and the next round sees what to look for.
 */
export const INDICATOR_DIRECTIONS = ['improved', 'worsened', 'unchanged', 'not-known'] as const;
export const ZIndicatorDirectionSchema = z.enum(INDICATOR_DIRECTIONS);
export type TIndicatorDirection = z.infer<typeof ZIndicatorDirectionSchema>;
