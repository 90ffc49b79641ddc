import { z } from 'zod';
import { FINDING_OUTCOMES } from '../domain/workshop/findings-rules';
import { ZPersonSchema } from './shared';

// The report-back API. A finding is named by its group and its id in the group's document; the
// service checks both against the assessment and the document.

const ZFindingOutcomeSchema = z.enum(FINDING_OUTCOMES);

/** `PUT /api/assessments/:id/findings/:findingId/outcome`: sets (or, with null, clears) the plenary's outcome. */
export const ZSetOutcomeSchema = z.object({
  groupId: z.string().min(1).max(64),
  outcome: ZFindingOutcomeSchema.nullable(),
});
export type TSetOutcome = z.infer<typeof ZSetOutcomeSchema>;

/** `POST /api/assessments/:id/findings/:findingId/comments`: a comment on a finding. */
export const ZNewFindingCommentSchema = z.object({
  groupId: z.string().min(1).max(64),
  body: z
    .string({ error: 'Write a comment.' })
    .trim()
    .min(1, 'Write a comment.')
    .max(5000, 'Keep a comment under 5,000 characters.'),
});
export type TNewFindingComment = z.infer<typeof ZNewFindingCommentSchema>;

/** Question keys in a preview request: `?keys=a.1,b.a2` (the guide's or added questions), at most 50. */
export const ZPreviewKeysSchema = z
  .string()
  .max(2000)
  .transform((s) => [...new Set(s.split(',').filter(Boolean))])
  .pipe(
    z
      .array(
        z
          .string()
          .regex(
            /^[a-z][a-z-]{0,39}\.a?\d{1,4}$/,
            'Not a checklist question key (e.g. transparency.20 or transparency.a1).',
          ),
      )
      .max(50),
  );

/** A finding's outcome as the API returns it. */
const ZFindingOutcomeRecordSchema = z.object({
  findingId: z.string(),
  groupId: z.string(),
  outcome: ZFindingOutcomeSchema,
  decidedBy: ZPersonSchema,
  decidedAt: z.string(),
});
export type TFindingOutcomeRecord = z.infer<typeof ZFindingOutcomeRecordSchema>;

/** A comment on a finding as the API returns it. */
const ZFindingCommentRecordSchema = z.object({
  id: z.string(),
  findingId: z.string(),
  groupId: z.string(),
  author: ZPersonSchema,
  body: z.string(),
  createdAt: z.string(),
});
export type TFindingCommentRecord = z.infer<typeof ZFindingCommentRecordSchema>;

/** `GET /api/assessments/:id/findings/outcomes`: every outcome and comment of the assessment. */
export const ZReportBackResponseSchema = z.object({
  outcomes: z.array(ZFindingOutcomeRecordSchema),
  comments: z.array(ZFindingCommentRecordSchema),
});
export type TReportBackState = z.infer<typeof ZReportBackResponseSchema>;

/** `PUT .../findings/:findingId/outcome`: the outcome as now recorded, null once cleared. */
export const ZOutcomeResponseSchema = z.object({ outcome: ZFindingOutcomeRecordSchema.nullable() });
export type TOutcomeResponse = z.infer<typeof ZOutcomeResponseSchema>;

/** `POST .../findings/:findingId/comments`: the comment as recorded. */
export const ZFindingCommentResponseSchema = z.object({ comment: ZFindingCommentRecordSchema });
export type TFindingCommentResponse = z.infer<typeof ZFindingCommentResponseSchema>;

/**
 * The cited answer a citation previews: its text (shortened) and its evaluation, with the cited
 * question as the assessment shows it (`label` 20, or A1 and `added` for an added question).
 */
const ZCitationPreviewSchema = z.object({
  key: z.string(),
  text: z.string(),
  status: z.string().nullable(),
  label: z.string(),
  question: z.string(),
  added: z.boolean(),
});
export type TCitationPreview = z.infer<typeof ZCitationPreviewSchema>;

/** `GET /api/assessments/:id/findings/citations?keys=…`: the previews of the cited answers. */
export const ZCitationsResponseSchema = z.object({ previews: z.array(ZCitationPreviewSchema) });
export type TCitationsResponse = z.infer<typeof ZCitationsResponseSchema>;
