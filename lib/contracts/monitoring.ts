import { z } from 'zod';
import { ZActivityStatusSchema, ZEvaluationCriterionSchema, ZJudgementSchema } from '../domain/monitoring/monitoring-types';
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
  .refine((t) => !t.startDate || !t.dueDate || t.startDate <= t.dueDate, { message: 'The due date cannot be before the start.', path: ['dueDate'] });
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
  disaggregated: z.record(z.string().trim().min(1).max(100), z.number().finite()).refine((r) => Object.keys(r).length <= 30, 'At most 30 categories.'),
  source: z.string().trim().min(1, 'Say where the value comes from.').max(500, 'Use at most 500 characters.'),
});
export type TMeasurementInputBody = z.infer<typeof ZMeasurementSchema>;

/** `POST .../monitoring/measurements/import`: a CSV file's text. */
export const ZCsvImportSchema = z.object({ csv: z.string().max(1_000_000, 'The file is larger than 1 MB.') });

/** `PUT .../monitoring/settings`. */
export const ZMonitoringSettingsSchema = z.object({ staleAfterDays: z.number().int('Use whole days.').min(1, 'Use 1 to 365 days.').max(365, 'Use 1 to 365 days.') });

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
