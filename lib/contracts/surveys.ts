import { z } from 'zod';
import { ZSurveyContentSchema } from '../domain/surveys/survey-schema';
import type { TBreakdown, TQuestionResult } from '../domain/surveys/survey-results';

/** A new survey, from one of the guide's templates or blank. */
export const ZNewSurveySchema = z.object({ template: z.enum(['staff', 'clients', 'blank']) });
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
/** One survey: `GET`, `PUT` of `/api/assessments/:id/surveys/:surveyId`, and the one just created. */
export const ZSurveyResponseSchema = z.object({ survey: ZSurveySchema });
export type TSurveyResponse = z.infer<typeof ZSurveyResponseSchema>;

export type TSurveyResults = {
  surveyId: string;
  title: string;
  status: string;
  total: number;
  questions: TQuestionResult[];
  breakdowns: TBreakdown[];
};
