import { z } from 'zod';
import { ZRoleSchema } from '../domain/access/roles';
import { assessmentFeedbackTopics } from '../idg/process';

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
