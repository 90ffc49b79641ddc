import { z } from 'zod';
import { ZPersonSchema } from './shared';

const ZId = z.string().min(1).max(100);

/** `POST /api/assessments/:id/plan/submissions`: the plan goes to named approvers. */
export const ZSubmitPlanSchema = z.object({
  approverIds: z.array(ZId).min(1, 'Name at least one approver.').max(20),
  strategyLink: z
    .string()
    .trim()
    .min(1, 'Say how the plan links to the national anti-corruption strategy.')
    .max(2000, 'Use at most 2,000 characters.'),
});
export type TSubmitPlan = z.infer<typeof ZSubmitPlanSchema>;

/** `POST /api/assessments/:id/plan/submissions/:submissionId/decision`. */
export const ZPlanDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'request-changes']),
    comment: z.string().trim().max(2000, 'Use at most 2,000 characters.'),
  })
  .refine((v) => v.decision === 'approve' || v.comment.length > 0, {
    message: 'Say what should change.',
    path: ['comment'],
  });
export type TPlanDecision = z.infer<typeof ZPlanDecisionSchema>;

/** `POST /api/assessments/:id/plan/consultations`: one entry of the stakeholder log (step 4). */
export const ZConsultationSchema = z.object({
  stakeholder: z.string().trim().min(1, 'Say who was consulted.').max(200, 'Use at most 200 characters.'),
  consultedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date.'),
  said: z.string().trim().min(1, 'Say what they said.').max(4000, 'Use at most 4,000 characters.'),
  changed: z.string().trim().max(4000, 'Use at most 4,000 characters.'),
});
export type TConsultation = z.infer<typeof ZConsultationSchema>;

/** One entry of the stakeholder consultation log. */
export const ZConsultationRecordSchema = ZConsultationSchema.extend({
  id: z.string(),
  recordedBy: ZPersonSchema,
  createdAt: z.string(),
});
export type TConsultationRecord = z.infer<typeof ZConsultationRecordSchema>;

/** `GET` and `POST /api/assessments/:id/plan/consultations`: the log by date consulted. */
export const ZConsultationsResponseSchema = z.object({ consultations: z.array(ZConsultationRecordSchema) });
export type TConsultationsResponse = z.infer<typeof ZConsultationsResponseSchema>;

/** A submission for adoption with its named approvers' decisions; adopted ones carry their version number. */
export const ZPlanSubmissionSchema = z.object({
  id: z.string(),
  status: z.enum(['pending', 'changes-requested', 'superseded', 'adopted']),
  version: z.number().nullable(),
  strategyLink: z.string(),
  submittedBy: ZPersonSchema,
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  approvals: z.array(
    z.object({
      approver: ZPersonSchema,
      decision: z.enum(['pending', 'approved', 'changes-requested']),
      comment: z.string(),
      decidedAt: z.string().nullable(),
    }),
  ),
});
export type TPlanSubmission = z.infer<typeof ZPlanSubmissionSchema>;

/** `GET /api/assessments/:id/plan/submissions`: every submission, newest first. */
export const ZSubmissionsResponseSchema = z.object({ submissions: z.array(ZPlanSubmissionSchema) });
export type TSubmissionsResponse = z.infer<typeof ZSubmissionsResponseSchema>;

/** An activity agreed in prioritisation (high, medium or low), a candidate for the plan. */
export const ZAgreedActivitySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  priority: z.enum(['high', 'medium', 'low']),
  sources: z.array(z.string()),
});
export type TAgreedActivity = z.infer<typeof ZAgreedActivitySchema>;
