import { z } from 'zod';

// The vocabulary of monitoring and evaluation (Parts V and VI of the guide), shared by the
// database types, the rules, the services and the UI.

/** Implementation status of an adopted plan activity. */
export const ACTIVITY_STATUSES = ['not-started', 'on-track', 'at-risk', 'delayed', 'done', 'cancelled'] as const;
export const ZActivityStatusSchema = z.enum(ACTIVITY_STATUSES);
export type TActivityStatus = z.infer<typeof ZActivityStatusSchema>;

/** Statuses after which an activity needs no more updates and cannot be overdue. */
export const CLOSED_STATUSES: ReadonlySet<TActivityStatus> = new Set(['done', 'cancelled']);

/** The guide's three evaluation areas (Part V.2). */
export const EVALUATION_CRITERIA = ['relevance', 'success', 'cost-effectiveness'] as const;
export const ZEvaluationCriterionSchema = z.enum(EVALUATION_CRITERIA);
export type TEvaluationCriterion = z.infer<typeof ZEvaluationCriterionSchema>;

/**
 * A judgement on one criterion; "too early" because the guide evaluates only after implementation has had time to show.
 */
export const JUDGEMENTS = ['met', 'partly', 'not-met', 'too-early'] as const;
export const ZJudgementSchema = z.enum(JUDGEMENTS);
export type TJudgement = z.infer<typeof ZJudgementSchema>;

/** Default number of days without a progress update after which an open activity is flagged. */
export const DEFAULT_STALE_AFTER_DAYS = 30;
