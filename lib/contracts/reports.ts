import { z } from 'zod';
import { ZRoleSchema } from '../domain/access/role-schema';
import { assessmentFeedbackTopics } from '../idg/process';
import { ZPersonSchema } from './shared';

/** The activity 6.2 topics (impact, challenges encountered, ...), each with a stable id. */
export const FEEDBACK_TOPICS: readonly { id: string; title: string }[] = assessmentFeedbackTopics.map((title) => ({
  id: title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''),
  title,
}));
const TOPIC_IDS = new Set(FEEDBACK_TOPICS.map((t) => t.id));

/** Whether the survey is open and anonymous (`PUT /api/assessments/:id/feedback/settings`). */
export const ZFeedbackSettingsSchema = z.object({ open: z.boolean(), anonymous: z.boolean() });
export type TFeedbackSettingsInput = z.infer<typeof ZFeedbackSettingsSchema>;

/** One member's answers by topic id (`POST /api/assessments/:id/feedback`); at least one answered. */
export const ZFeedbackResponseSchema = z.object({
  answers: z
    .record(z.string(), z.string().trim().max(4000, 'Use at most 4,000 characters.'))
    .refine((r) => Object.keys(r).every((k) => TOPIC_IDS.has(k)), 'Unknown topic.')
    .refine((r) => Object.values(r).some((v) => v.length > 0), 'Answer at least one question.'),
});
export type TFeedbackResponseInput = z.infer<typeof ZFeedbackResponseSchema>;

/** A sign-off names the version (content hash) the facilitator reviewed (`POST .../report/signoff`). */
export const ZReportSignoffSchema = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/, 'Not a report version.') });

/** The survey's state as a member sees it (`GET`, `POST` of `/api/assessments/:id/feedback`, and its settings). */
export const ZFeedbackStateSchema = z.object({
  open: z.boolean(),
  anonymous: z.boolean(),
  responses: z.number().int(),
  responded: z.boolean(),
});
export type TFeedbackState = z.infer<typeof ZFeedbackStateSchema>;

/** Every answer given per topic; `by` is a name only in a named survey and only when asked for. */
export const ZFeedbackSummarySchema = z.object({
  anonymous: z.boolean(),
  responses: z.number().int(),
  topics: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      answers: z.array(z.object({ text: z.string(), by: z.string().nullable() })),
    }),
  ),
});
export type TFeedbackSummary = z.infer<typeof ZFeedbackSummarySchema>;

/** `GET /api/assessments/:id/feedback`: the state, and for facilitators every answer too. */
export const ZFeedbackViewSchema = ZFeedbackStateSchema.extend({ summary: ZFeedbackSummarySchema.optional() });
export type TFeedbackView = z.infer<typeof ZFeedbackViewSchema>;

/**
 * What the report page shows about sign-off (`GET` and `POST .../report/signoff`): the current
 * version's hash, the signed one, who signed.
 */
export const ZReportStatusSchema = z.object({
  hash: z.string(),
  version: z.number().int().nullable(),
  stale: z.boolean(),
  signatures: z.array(z.object({ who: z.string(), role: ZRoleSchema, signedAt: z.string() })),
  signedByMe: z.boolean(),
});
export type TReportStatus = z.infer<typeof ZReportStatusSchema>;

/** `GET /api/assessments/:id/report/access`: whether the reader sees the sensitive flag of answers, and may set it. */
export const ZReportAccessResponseSchema = z.object({ seesSensitive: z.boolean(), flagsSensitive: z.boolean() });
export type TReportAccessResponse = z.infer<typeof ZReportAccessResponseSchema>;

/**
 * `POST /api/assessments/:id/terms-of-reference/approvals`: senior management of one side approved
 * the terms of reference (the administration's, or the other side's: the WCO or the facilitators' organisation).
 */
export const ZTorApprovalSchema = z.object({
  side: z.enum(['administration', 'partner'], { message: 'Choose whose senior management approved.' }),
  name: z
    .string({ error: 'Name who approved.' })
    .trim()
    .min(1, 'Name who approved.')
    .max(200, 'Use at most 200 characters.'),
  title: z
    .string({ error: 'Give their title.' })
    .trim()
    .min(1, 'Give their title.')
    .max(200, 'Use at most 200 characters.'),
  organisation: z.string().trim().max(200, 'Use at most 200 characters.').default(''),
  approvedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date.'),
});
export type TTorApprovalInput = z.infer<typeof ZTorApprovalSchema>;

/** One recorded approval of the terms of reference. */
export const ZTorApprovalRecordSchema = ZTorApprovalSchema.extend({
  id: z.string(),
  recordedBy: ZPersonSchema,
  createdAt: z.string(),
});
export type TTorApproval = z.infer<typeof ZTorApprovalRecordSchema>;

/** `GET`/`POST /api/assessments/:id/terms-of-reference/approvals`: the approvals by date. */
export const ZTorApprovalsResponseSchema = z.object({ approvals: z.array(ZTorApprovalRecordSchema) });
export type TTorApprovalsResponse = z.infer<typeof ZTorApprovalsResponseSchema>;
