import { z } from 'zod';

const ZId = z.string().min(1).max(100);

/** `POST /api/assessments/:id/plan/submissions`: the plan goes to named approvers. */
export const ZSubmitPlanSchema = z.object({
  approverIds: z.array(ZId).min(1, 'Name at least one approver.').max(20),
  strategyLink: z.string().trim().min(1, 'Say how the plan links to the national anti-corruption strategy.').max(2000, 'Use at most 2,000 characters.'),
});
export type TSubmitPlan = z.infer<typeof ZSubmitPlanSchema>;

/** `POST /api/assessments/:id/plan/submissions/:submissionId/decision`. */
export const ZPlanDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'request-changes']),
    comment: z.string().trim().max(2000, 'Use at most 2,000 characters.'),
  })
  .refine((v) => v.decision === 'approve' || v.comment.length > 0, { message: 'Say what should change.', path: ['comment'] });
export type TPlanDecision = z.infer<typeof ZPlanDecisionSchema>;

/** `POST /api/assessments/:id/plan/consultations`: one entry of the stakeholder log (step 4). */
export const ZConsultationSchema = z.object({
  stakeholder: z.string().trim().min(1, 'Say who was consulted.').max(200, 'Use at most 200 characters.'),
  consultedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date.'),
  said: z.string().trim().min(1, 'Say what they said.').max(4000, 'Use at most 4,000 characters.'),
  changed: z.string().trim().max(4000, 'Use at most 4,000 characters.'),
});
export type TConsultation = z.infer<typeof ZConsultationSchema>;
