import { z } from 'zod';
import { ZFindingOutcomeSchema } from './findings-rules';

// Inputs of the report-back API. A finding is named by its group and its id in the group's
// document; the service checks both against the assessment and the document.

/** Sets (or, with null, clears) the plenary's outcome for a finding. */
export const ZSetOutcomeSchema = z.object({
  groupId: z.string().min(1).max(64),
  outcome: ZFindingOutcomeSchema.nullable(),
});
export type TSetOutcome = z.infer<typeof ZSetOutcomeSchema>;

/** A comment on a finding. */
export const ZNewFindingCommentSchema = z.object({
  groupId: z.string().min(1).max(64),
  body: z
    .string({ error: 'Write a comment.' })
    .trim()
    .min(1, 'Write a comment.')
    .max(5000, 'Keep a comment under 5,000 characters.'),
});
export type TNewFindingComment = z.infer<typeof ZNewFindingCommentSchema>;

/** A finding's outcome as the API returns it. */
export type TFindingOutcomeRecord = {
  findingId: string;
  groupId: string;
  outcome: z.infer<typeof ZFindingOutcomeSchema>;
  decidedBy: { id: string; name: string };
  decidedAt: string;
};

/** A comment on a finding as the API returns it. */
export type TFindingCommentRecord = {
  id: string;
  findingId: string;
  groupId: string;
  author: { id: string; name: string };
  body: string;
  createdAt: string;
};

/** What the report-back reads: every outcome and comment of the assessment. */
export type TReportBackState = { outcomes: TFindingOutcomeRecord[]; comments: TFindingCommentRecord[] };

/**
 * The cited answer a citation previews: its text (shortened) and its evaluation, with the cited
 * question as the assessment shows it (`label` 20, or A1 and `added` for an added question).
 */
export type TCitationPreview = {
  key: string;
  text: string;
  status: string | null;
  label: string;
  question: string;
  added: boolean;
};

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
