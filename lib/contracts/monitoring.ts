import { z } from 'zod';
import type { TActivityStatus } from '../domain/monitoring/monitoring-types';
import type { TKpiStatus, TRedFlag } from '../domain/monitoring/red-flags';
import type { TAreaComparison, TQuestionComparison } from '../domain/monitoring/round-comparison';
import type { TPlanActivity } from '../domain/plan/plan-tree';
import {
  ZActivityStatusSchema,
  ZEvaluationCriterionSchema,
  ZJudgementSchema,
} from '../domain/monitoring/monitoring-types';
import { isPeriod } from '../domain/monitoring/kpi-periods';

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date (YYYY-MM-DD).');
const ZId = z.string().min(1).max(100);

/** `PUT /api/assessments/:id/monitoring/activities/:activityId`: the work plan entry of one activity. */
export const ZTrackingSchema = z
  .object({
    status: ZActivityStatusSchema,
    percent: z.number().int('Use a whole percentage.').min(0, 'Use 0 to 100.').max(100, 'Use 0 to 100.'),
    startDate: ZDate.nullable(),
    dueDate: ZDate.nullable(),
    dependsOn: z.array(ZId).max(50),
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
  kpiId: ZId,
  period: z.string().trim().refine(isPeriod, 'Use a year (2027), a quarter (2027-Q2) or a month (2027-05).'),
  value: z.number().finite('Use a number.'),
  disaggregated: z
    .record(z.string().trim().min(1).max(100), z.number().finite())
    .refine((r) => Object.keys(r).length <= 30, 'At most 30 categories.'),
  source: z.string().trim().min(1, 'Say where the value comes from.').max(500, 'Use at most 500 characters.'),
});
export type TMeasurementInputBody = z.infer<typeof ZMeasurementSchema>;

/** `POST .../monitoring/measurements/import`: a CSV file's text. */
export const ZCsvImportSchema = z.object({ csv: z.string().max(1_000_000, 'The file is larger than 1 MB.') });

/** `PUT .../monitoring/settings`. */
export const ZMonitoringSettingsSchema = z.object({
  staleAfterDays: z.number().int('Use whole days.').min(1, 'Use 1 to 365 days.').max(365, 'Use 1 to 365 days.'),
});

/** `PUT .../evaluations`: the judgement of an objective or KPI on one criterion. */
export const ZEvaluationSchema = z.object({
  subjectKind: z.enum(['objective', 'kpi']),
  subjectId: ZId,
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
});
export type TStartRoundInput = z.infer<typeof ZStartRoundSchema>;

export type TProgressUpdate = {
  id: string;
  activityId: string;
  status: TActivityStatus;
  percent: number;
  note: string;
  author: { id: string; name: string };
  createdAt: string;
};

export type TTrackedActivityView = TPlacedActivity & {
  ownerName: string | null;
  sources: string[];
  status: TActivityStatus;
  percent: number;
  startDate: string | null;
  dueDate: string | null;
  dependsOn: string[];
  lastUpdate: TProgressUpdate | null;
  flags: TRedFlag[];
};

export type TKpiView = TMonitoredKpi & { measurements: TMeasurement[]; status: TKpiStatus };

export type TMonitoring = {
  plan: { version: number; adoptedAt: string } | null;
  today: string;
  staleAfterDays: number;
  activities: TTrackedActivityView[];
  kpis: TKpiView[];
};

export type TComparison = {
  round: TReviewRound | null;
  areas: (TAreaComparison & { title: string })[];
  questions: (TQuestionComparison & { number: number; text: string; activities: TTargetingActivity[] })[];
};

/** One adopted activity with the objective and outcome it sits under. */
export type TPlacedActivity = TPlanActivity & {
  objective: { id: string; number: string; title: string };
  outcome: { id: string; number: string; title: string };
};

/** A KPI of the adopted plan as monitoring reads it: numbers taken from the sheet's words where it has them. */
export type TMonitoredKpi = {
  id: string;
  name: string;
  baselineText: string | null;
  baseline: number | null;
  baselineDate: string | null;
  targetText: string;
  target: number | null;
  /**
   * When the target should be reached: the sheet's target date, else the date its target words
   * give, else the latest due date of the adopted activities that use this KPI.
   */
  targetDate: string | null;
  /** What the sheet asks to disaggregate by (Annex 11 field k), if anything. */
  disaggregation: string;
  periodicity: string;
  activityNumbers: string[];
};

export type TMeasurement = {
  id: string;
  kpiId: string;
  period: string;
  periodEnd: string;
  value: number;
  disaggregated: Record<string, number>;
  source: string;
  enteredBy: { id: string; name: string };
  enteredAt: string;
};

export type TReviewRound = {
  assessmentId: string;
  previousAssessmentId: string;
  previousTitle: string;
  carriedAnswers: boolean;
  startedAt: string;
};

export type TTargetingActivity = { number: string; title: string; status: TActivityStatus; percent: number };
