import { z } from 'zod';
import { ZAnswerStatusSchema } from './checklist';
import type { TKpiStatus, TRedFlag } from '../domain/monitoring/red-flags';
import type { TAreaComparison, TQuestionComparison } from '../domain/monitoring/round-comparison';
import { ZPlanActivitySchema } from './plan';
import { ZIdSchema, ZIsoDateSchema, ZPersonSchema } from './shared';
import {
  ZActivityStatusSchema,
  ZEvaluationCriterionSchema,
  ZJudgementSchema,
} from '../domain/monitoring/monitoring-types';
import { isPeriod } from '../domain/monitoring/kpi-periods';
import { ZContinuitySchema } from './review';

/** `PUT /api/assessments/:id/monitoring/activities/:activityId`: the work plan entry of one activity. */
export const ZTrackingSchema = z
  .object({
    status: ZActivityStatusSchema,
    percent: z.number().int('Use a whole percentage.').min(0, 'Use 0 to 100.').max(100, 'Use 0 to 100.'),
    startDate: ZIsoDateSchema.nullable(),
    dueDate: ZIsoDateSchema.nullable(),
    dependsOn: z.array(ZIdSchema).max(50),
  })
  .refine((t) => !t.startDate || !t.dueDate || t.startDate <= t.dueDate, {
    message: 'The due date cannot be before the start.',
    path: ['dueDate'],
  });
export type TTrackingInput = z.infer<typeof ZTrackingSchema>;

/** `POST .../monitoring/activities/:activityId/updates`: a dated progress update with its note. */
export const ZProgressUpdateSchema = z.object({
  status: ZActivityStatusSchema,
  percent: z.number().int('Use a whole percentage.').min(0, 'Use 0 to 100.').max(100, 'Use 0 to 100.'),
  note: z.string().trim().min(1, 'Say what happened.').max(4000, 'Use at most 4,000 characters.'),
});
export type TProgressUpdateInput = z.infer<typeof ZProgressUpdateSchema>;

/** `POST .../monitoring/measurements`: one KPI value for one period. */
export const ZMeasurementSchema = z.object({
  kpiId: ZIdSchema,
  period: z.string().trim().refine(isPeriod, 'Use a year (2027), a quarter (2027-Q2) or a month (2027-05).'),
  value: z.number().finite('Use a number.'),
  disaggregated: z
    .record(z.string().trim().min(1).max(100), z.number().finite())
    .refine((r) => Object.keys(r).length <= 30, 'At most 30 categories.'),
  source: z.string().trim().min(1, 'Say where the value comes from.').max(500, 'Use at most 500 characters.'),
});
export type TMeasurementInputBody = z.infer<typeof ZMeasurementSchema>;

/** `POST .../monitoring/measurements/import`: a CSV file's text. */
export const ZCsvImportSchema = z.object({
  csv: z.string({ error: 'Choose a file.' }).max(1_000_000, 'The file is larger than 1 MB.'),
});
/** `POST .../monitoring/measurements/import`: how many measurements the file recorded (all its rows). */
export const ZCsvImportResponseSchema = z.object({ imported: z.number().int() });
export type TCsvImportResponse = z.infer<typeof ZCsvImportResponseSchema>;

/** `PUT .../monitoring/settings`, and what it answers: the setting as now stored. */
export const ZMonitoringSettingsSchema = z.object({
  staleAfterDays: z.number().int('Use whole days.').min(1, 'Use 1 to 365 days.').max(365, 'Use 1 to 365 days.'),
});
export type TMonitoringSettings = z.infer<typeof ZMonitoringSettingsSchema>;

/** `PUT .../evaluations`: the judgement of an objective or KPI on one criterion. */
export const ZEvaluationSchema = z.object({
  subjectKind: z.enum(['objective', 'kpi']),
  subjectId: ZIdSchema,
  criterion: ZEvaluationCriterionSchema,
  judgement: ZJudgementSchema,
  evidence: z.string().trim().min(1, 'Give the evidence for the judgement.').max(4000, 'Use at most 4,000 characters.'),
});
export type TEvaluationInput = z.infer<typeof ZEvaluationSchema>;

/** `POST .../review-round`: start the next round from this (finished) assessment. */
export const ZStartRoundSchema = z.object({
  title: z.string().trim().min(1, 'Give the new round a title.').max(200, 'Use at most 200 characters.'),
  carryAnswers: z.boolean(),
  carryActivities: z.boolean(),
  /** How the new plan takes up previous activities, sorted at the start; the rest are sorted later. */
  continuity: z.array(ZContinuitySchema).max(500).optional(),
});
export type TStartRoundInput = z.infer<typeof ZStartRoundSchema>;
/** `POST .../review-round`: the new round's assessment. */
export const ZStartRoundResponseSchema = z.object({ assessmentId: z.string() });
export type TStartRoundResponse = z.infer<typeof ZStartRoundResponseSchema>;

const ZProgressUpdateRecordSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  status: ZActivityStatusSchema,
  percent: z.number(),
  note: z.string(),
  author: ZPersonSchema,
  createdAt: z.string(),
});
export type TProgressUpdate = z.infer<typeof ZProgressUpdateRecordSchema>;

/** `GET .../monitoring/activities/:activityId/updates`: the activity's updates, newest first. */
export const ZProgressUpdatesResponseSchema = z.object({ updates: z.array(ZProgressUpdateRecordSchema) });
export type TProgressUpdatesResponse = z.infer<typeof ZProgressUpdatesResponseSchema>;

/** `POST .../monitoring/activities/:activityId/updates`: the update as recorded. */
export const ZProgressUpdateResponseSchema = z.object({ update: ZProgressUpdateRecordSchema });
export type TProgressUpdateResponse = z.infer<typeof ZProgressUpdateResponseSchema>;

const ZRedFlagSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('overdue'), days: z.number() }),
  z.object({ kind: z.literal('stale'), days: z.number() }),
  z.object({ kind: z.literal('kpi-off-track'), kpiId: z.string() }),
]) satisfies z.ZodType<TRedFlag>;

const ZKpiStatusSchema = z.union([
  z.object({
    state: z.enum(['on-track', 'off-track']),
    expected: z.number(),
    latest: z.number(),
    periodEnd: z.string(),
    progress: z.number(),
    expectedProgress: z.number(),
  }),
  z.object({
    state: z.literal('not-judged'),
    reason: z.enum(['no-baseline', 'no-target', 'no-target-date', 'flat-target', 'no-measurements']),
  }),
]) satisfies z.ZodType<TKpiStatus>;

const ZPlanNodeSchema = z.object({ id: z.string(), number: z.string(), title: z.string() });

/** One adopted activity with the objective and outcome it sits under. */
const ZPlacedActivitySchema = ZPlanActivitySchema.extend({ objective: ZPlanNodeSchema, outcome: ZPlanNodeSchema });
export type TPlacedActivity = z.infer<typeof ZPlacedActivitySchema>;

const ZTrackedActivityViewSchema = ZPlacedActivitySchema.extend({
  ownerName: z.string().nullable(),
  sources: z.array(z.string()),
  status: ZActivityStatusSchema,
  percent: z.number(),
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  dependsOn: z.array(z.string()),
  lastUpdate: ZProgressUpdateRecordSchema.nullable(),
  flags: z.array(ZRedFlagSchema),
});
export type TTrackedActivityView = z.infer<typeof ZTrackedActivityViewSchema>;

/** A KPI of the adopted plan as monitoring reads it: numbers taken from the sheet's words where it has them. */
const ZMonitoredKpiSchema = z.object({
  id: z.string(),
  name: z.string(),
  baselineText: z.string().nullable(),
  baseline: z.number().nullable(),
  baselineDate: z.string().nullable(),
  targetText: z.string(),
  target: z.number().nullable(),
  /**
   * When the target should be reached: the sheet's target date, else the date its target words
   * give, else the latest due date of the adopted activities that use this KPI.
   */
  targetDate: z.string().nullable(),
  /** What the sheet asks to disaggregate by (Annex 11 field k), if anything. */
  disaggregation: z.string(),
  periodicity: z.string(),
  activityNumbers: z.array(z.string()),
});
export type TMonitoredKpi = z.infer<typeof ZMonitoredKpiSchema>;

const ZMeasurementRecordSchema = z.object({
  id: z.string(),
  kpiId: z.string(),
  period: z.string(),
  periodEnd: z.string(),
  value: z.number(),
  disaggregated: z.record(z.string(), z.number()),
  source: z.string(),
  enteredBy: ZPersonSchema,
  enteredAt: z.string(),
});
export type TMeasurement = z.infer<typeof ZMeasurementRecordSchema>;

const ZKpiViewSchema = ZMonitoredKpiSchema.extend({
  measurements: z.array(ZMeasurementRecordSchema),
  status: ZKpiStatusSchema,
});
export type TKpiView = z.infer<typeof ZKpiViewSchema>;

/** `GET /api/assessments/:id/monitoring`: the adopted plan's activities and KPIs as tracked today. */
export const ZMonitoringResponseSchema = z.object({
  plan: z.object({ version: z.number(), adoptedAt: z.string() }).nullable(),
  today: z.string(),
  staleAfterDays: z.number(),
  activities: z.array(ZTrackedActivityViewSchema),
  kpis: z.array(ZKpiViewSchema),
});
export type TMonitoring = z.infer<typeof ZMonitoringResponseSchema>;

const ZReviewRoundSchema = z.object({
  assessmentId: z.string(),
  previousAssessmentId: z.string(),
  previousTitle: z.string(),
  carriedAnswers: z.boolean(),
  startedAt: z.string(),
});
export type TReviewRound = z.infer<typeof ZReviewRoundSchema>;

const ZTargetingActivitySchema = z.object({
  number: z.string(),
  title: z.string(),
  status: ZActivityStatusSchema,
  percent: z.number(),
});

const ZStatusCountsSchema = z.record(z.enum([...ZAnswerStatusSchema.options, 'unset']), z.number());

const ZAreaComparisonSchema = z.object({
  areaId: z.string(),
  questions: z.number(),
  improved: z.number(),
  worsened: z.number(),
  changed: z.number(),
  answersChanged: z.number(),
  previousCounts: ZStatusCountsSchema,
  currentCounts: ZStatusCountsSchema,
}) satisfies z.ZodType<TAreaComparison>;

const ZQuestionComparisonSchema = z.object({
  key: z.string(),
  areaId: z.string(),
  previous: ZAnswerStatusSchema.nullable(),
  current: ZAnswerStatusSchema.nullable(),
  evaluation: z.enum(['same', 'improved', 'worsened', 'changed']),
  answerChanged: z.boolean(),
}) satisfies z.ZodType<TQuestionComparison>;

/** `GET /api/assessments/:id/comparison`: the previous round against this one, by area and by question. */
export const ZComparisonResponseSchema = z.object({
  round: ZReviewRoundSchema.nullable(),
  areas: z.array(ZAreaComparisonSchema.extend({ title: z.string() })),
  questions: z.array(
    ZQuestionComparisonSchema.extend({
      number: z.number(),
      text: z.string(),
      activities: z.array(ZTargetingActivitySchema),
    }),
  ),
});
export type TComparison = z.infer<typeof ZComparisonResponseSchema>;

const ZEvaluationRecordSchema = z.object({
  subjectKind: z.enum(['objective', 'kpi']),
  subjectId: z.string(),
  criterion: ZEvaluationCriterionSchema,
  judgement: ZJudgementSchema,
  evidence: z.string(),
  updatedBy: ZPersonSchema,
  updatedAt: z.string(),
});
export type TEvaluation = z.infer<typeof ZEvaluationRecordSchema>;

/** `GET` and `PUT /api/assessments/:id/evaluations`: every Part V judgement recorded. */
export const ZEvaluationsResponseSchema = z.object({ evaluations: z.array(ZEvaluationRecordSchema) });
export type TEvaluationsResponse = z.infer<typeof ZEvaluationsResponseSchema>;
