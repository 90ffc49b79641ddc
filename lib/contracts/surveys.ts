import { z } from 'zod';
import { ZSurveyContentSchema } from '../domain/surveys/survey-schema';
import type { TBreakdown, TQuestionResult } from '../domain/surveys/survey-results';

/** A new survey, from one of the guide's templates or blank. */
export const ZNewSurveySchema = z.object({ template: z.enum(['staff', 'clients', 'blank']) });

/** `PUT /api/assessments/:id/surveys/:surveyId/status`: publish the survey at its link, or close it for good. */
export const ZSurveyStatusSchema = z.object({
  status: z.enum(['open', 'closed'], { error: 'Open or close the survey.' }),
});

/** How many one-time invitation links to issue at once. */
export const ZInvitationCountSchema = z.object({
  count: z.number().int().min(1, 'Issue at least one invitation.').max(500, 'At most 500 invitations at once.'),
});
// The survey's content and the anonymous answer are the domain's rules (lib/domain/surveys), which
// the builder and the public form also run; the routes take them from here.
export { ZSurveyContentSchema };
export { ZSurveySubmissionSchema } from '../domain/surveys/survey-schema';

/** A survey as the API lists it: content, status and how many answers it has. */
export const ZSurveySchema = ZSurveyContentSchema.and(
  z.object({
    id: z.string(),
    status: z.enum(['draft', 'open', 'closed']),
    /** The secret of the public link; only facilitators are given it. */
    publicToken: z.string().nullable(),
    answers: z.number().int(),
    invitations: z.object({ issued: z.number().int(), used: z.number().int() }),
    openedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    createdAt: z.string(),
  }),
);
export type TSurvey = z.infer<typeof ZSurveySchema>;
/** `GET /api/assessments/:id/surveys`. */
export const ZSurveysResponseSchema = z.object({ surveys: z.array(ZSurveySchema) });
export type TSurveysResponse = z.infer<typeof ZSurveysResponseSchema>;
/**
 * One survey: `GET`, `PUT` of `/api/assessments/:id/surveys/:surveyId`, `PUT` of its status, and
 * the one just created.
 */
export const ZSurveyResponseSchema = z.object({ survey: ZSurveySchema });
export type TSurveyResponse = z.infer<typeof ZSurveyResponseSchema>;

/** `POST .../surveys/:surveyId/invitations`: the one-answer tokens, given this once only. */
export const ZInvitationTokensResponseSchema = z.object({ tokens: z.array(z.string()) });
export type TInvitationTokensResponse = z.infer<typeof ZInvitationTokensResponseSchema>;

const ZQuestionResultSchema = z.discriminatedUnion('type', [
  z.object({
    id: z.string(),
    type: z.literal('scale'),
    text: z.string(),
    answered: z.number(),
    points: z.number(),
    counts: z.array(z.number()),
    mean: z.number().nullable(),
  }),
  z.object({
    id: z.string(),
    type: z.enum(['single', 'multiple']),
    text: z.string(),
    answered: z.number(),
    options: z.array(z.string()),
    counts: z.array(z.number()),
  }),
  z.object({
    id: z.string(),
    type: z.literal('text'),
    text: z.string(),
    answered: z.number(),
    texts: z.array(z.string()),
  }),
]) satisfies z.ZodType<TQuestionResult>;

const ZBreakdownSchema = z.object({
  questionId: z.string(),
  text: z.string(),
  groups: z.array(
    z.discriminatedUnion('hidden', [
      z.object({
        label: z.string(),
        hidden: z.literal(false),
        answers: z.number(),
        results: z.array(ZQuestionResultSchema),
      }),
      z.object({
        label: z.string(),
        hidden: z.literal(true),
        answers: z.null(),
        reason: z.enum(['too-few', 'complement']),
      }),
    ]),
  ),
}) satisfies z.ZodType<TBreakdown>;

/** A survey's results, with a breakdown by each grouping question. */
const ZSurveyResultsSchema = z.object({
  surveyId: z.string(),
  title: z.string(),
  status: z.string(),
  total: z.number(),
  questions: z.array(ZQuestionResultSchema),
  breakdowns: z.array(ZBreakdownSchema),
});
export type TSurveyResults = z.infer<typeof ZSurveyResultsSchema>;

/** `GET .../surveys/:surveyId/results`: the results; groups under the anonymity threshold are hidden. */
export const ZSurveyResultsResponseSchema = z.object({ results: ZSurveyResultsSchema });
export type TSurveyResultsResponse = z.infer<typeof ZSurveyResultsResponseSchema>;

/** `POST .../surveys/:surveyId/kpi`: which question measures which KPI, for which period. */
export const ZSurveyKpiSchema = z.object({
  kpiId: z.string().uuid('Pick a KPI.'),
  questionId: z.string().min(1, 'Pick a question.').max(40),
  /** For a choice question: the options whose share is the value. */
  options: z.array(z.number().int().min(0)).max(20).default([]),
  period: z.string().trim().min(4).max(7),
  /** A grouping question to disaggregate by; groups under the anonymity threshold are left out. */
  groupBy: z.string().max(40).nullable().default(null),
});
export type TSurveyKpiInput = z.infer<typeof ZSurveyKpiSchema>;

/** The value a survey question gave a KPI, and from how many answers. */
const ZSurveyMeasureSchema = z.object({ value: z.number(), responses: z.number() });
export type TSurveyMeasure = z.infer<typeof ZSurveyMeasureSchema>;

/** `POST .../surveys/:surveyId/kpi`: the measurement recorded. */
export const ZSurveyKpiResponseSchema = z.object({ measurement: ZSurveyMeasureSchema });
export type TSurveyKpiResponse = z.infer<typeof ZSurveyKpiResponseSchema>;
