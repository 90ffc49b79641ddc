import { z } from 'zod';
import { ANSWER_STATUSES } from '../collab/layout';
import { isQuestionKey, ZLanguageTagSchema } from '../domain/checklist/checklist-adaptation';
import { ZChosenFileSchema, ZPersonSchema } from './shared';

/** One of the four evaluations a checklist question can have. */
export const ZAnswerStatusSchema = z.enum(ANSWER_STATUSES);

/** The flags a facilitator may set on a checklist answer. */
export const ANSWER_FLAGS = ['sensitive'] as const;
export const ZAnswerFlagNameSchema = z.enum(ANSWER_FLAGS, { error: 'The only answer flag is "sensitive".' });

/** The area of a question key (`transparency.20` → `transparency`). */
export function areaOfQuestionKey(key: string): string {
  return key.slice(0, key.lastIndexOf('.'));
}

/** One flag on one answer, as `PUT` and `DELETE /api/assessments/:id/answer-flags` take it. */
export const ZAnswerFlagInputSchema = z
  .object({
    questionKey: z
      .string({ error: 'Name the question (e.g. "transparency.20").' })
      .trim()
      .max(80)
      .refine(isQuestionKey, 'Not a checklist question.'),
    flag: ZAnswerFlagNameSchema.default('sensitive'),
  })
  .strict();
export type TAnswerFlagInput = z.infer<typeof ZAnswerFlagInputSchema>;

/** A flag as facilitators and senior management read it. */
const ZAnswerFlagSchema = z.object({
  questionKey: z.string(),
  flag: ZAnswerFlagNameSchema,
  setBy: ZPersonSchema.nullable(),
  setAt: z.string(),
});
export type TAnswerFlag = z.infer<typeof ZAnswerFlagSchema>;

/** `GET /api/assessments/:id/answer-flags`: the flagged answers, and whether the reader may flag. */
export const ZAnswerFlagsResponseSchema = z.object({ flags: z.array(ZAnswerFlagSchema), canFlag: z.boolean() });
export type TAnswerFlagsResponse = z.infer<typeof ZAnswerFlagsResponseSchema>;

/** `PUT` and `DELETE /api/assessments/:id/answer-flags`: the flag now, and whether it changed. */
export const ZAnswerFlagChangeResponseSchema = z.object({
  questionKey: z.string(),
  flag: ZAnswerFlagNameSchema,
  on: z.boolean(),
  changed: z.boolean(),
});
export type TAnswerFlagChangeResponse = z.infer<typeof ZAnswerFlagChangeResponseSchema>;

/** `POST /api/assessments/:id/questions/:key/comments`: its text and the members it mentions. */
export const ZNewCommentSchema = z.object({
  body: z
    .string({ error: 'Write a comment.' })
    .trim()
    .min(1, 'Write a comment.')
    .max(5000, 'Keep a comment under 5,000 characters.'),
  mentions: z.array(z.string().uuid()).max(50).default([]),
});
export type TNewComment = z.infer<typeof ZNewCommentSchema>;

/** `POST .../questions/:key/evidence` as JSON: web addresses only, so no `javascript:` link is stored. */
export const ZEvidenceLinkSchema = z.object({
  title: z.string({ error: 'Give the link a title.' }).trim().min(1, 'Give the link a title.').max(200),
  url: z
    .string({ error: 'Enter a web address.' })
    .trim()
    .url('Enter a full web address, starting with https://')
    .refine((u) => /^https?:\/\//i.test(u), 'Only http and https addresses are accepted.'),
});
export type TEvidenceLink = z.infer<typeof ZEvidenceLinkSchema>;

/** A comment on a checklist question, as the API returns it and every client receives it. */
export const ZCommentSchema = z.object({
  id: z.string(),
  questionKey: z.string(),
  author: ZPersonSchema,
  body: z.string(),
  mentions: z.array(ZPersonSchema),
  createdAt: z.string(),
});
export type TComment = z.infer<typeof ZCommentSchema>;

/** A piece of evidence attached to a checklist question. */
export const ZEvidenceSchema = z.object({
  id: z.string(),
  questionKey: z.string(),
  kind: z.enum(['link', 'file']),
  title: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  addedBy: ZPersonSchema,
  createdAt: z.string(),
});
export type TEvidence = z.infer<typeof ZEvidenceSchema>;

/** `POST .../questions/:key/comments`: the comment as recorded. */
export const ZCommentResponseSchema = z.object({ comment: ZCommentSchema });
export type TCommentResponse = z.infer<typeof ZCommentResponseSchema>;

/** `POST .../questions/:key/evidence`: the evidence as recorded. */
export const ZEvidenceResponseSchema = z.object({ evidence: ZEvidenceSchema });
export type TEvidenceResponse = z.infer<typeof ZEvidenceResponseSchema>;

/** `GET /api/assessments/:id/areas/:areaId/discussion`: the comments and evidence of one area. */
export const ZDiscussionResponseSchema = z.object({
  comments: z.array(ZCommentSchema),
  evidence: z.array(ZEvidenceSchema),
});
export type TDiscussionResponse = z.infer<typeof ZDiscussionResponseSchema>;

const ZAreaRefSchema = z.object({ id: z.string(), title: z.string() });

/** `GET /api/assessments/:id/checklist`: every question of the scope with its answer, and the hidden ones. */
export const ZChecklistResponseSchema = z.object({
  source: z.string(),
  translation: z.object({ language: z.string(), importedAt: z.string() }).optional(),
  questions: z.array(
    z.object({
      key: z.string(),
      area: ZAreaRefSchema,
      section: z.string().nullable(),
      subsection: z.string().optional(),
      number: z.number(),
      label: z.string(),
      added: z.boolean().optional(),
      addedBy: z.string().optional(),
      text: z.string(),
      translation: z.string().optional(),
      answer: z.string(),
      status: ZAnswerStatusSchema.nullable(),
      /** Only for those who see sensitive answers. */
      sensitive: z.boolean().optional(),
    }),
  ),
  hidden: z.array(z.object({ key: z.string(), area: ZAreaRefSchema, text: z.string(), reason: z.string() })),
});
export type TChecklistResponse = z.infer<typeof ZChecklistResponseSchema>;

/**
 * `PUT /api/assessments/:id/checklist/translation` as JSON, and the JSON file: a language tag and
 * one entry per question (`english` is there to translate from).
 */
export const ZTranslationFileSchema = z.object({
  language: ZLanguageTagSchema,
  questions: z
    .array(
      z
        .object({ key: z.string().max(100), english: z.string().optional(), translation: z.string().max(5000) })
        .passthrough(),
    )
    .max(2000, 'A checklist has at most a few hundred questions.'),
  /** The official titles of areas and sections (`area.<id>`, `section.<id>.<code>`), optional and blankable. */
  titles: z
    .array(z.object({ key: z.string().max(100), english: z.string().optional(), translation: z.string().max(500) }))
    .max(200, 'The checklist has fewer than 200 titles.')
    .optional(),
});

/**
 * The same `PUT` as multipart: the translation `file` (.json or .xlsx, as the templates) and, when
 * given, the `language`, which wins over the file's.
 */
export const ZTranslationUploadSchema = z.object({ file: ZChosenFileSchema, language: ZLanguageTagSchema.optional() });

/** `GET /api/assessments/:id/checklist/translation/template`: the template as JSON or as a workbook. */
export const ZTranslationTemplateQuerySchema = z.object({ format: z.enum(['json', 'xlsx']).default('xlsx') });

/** `POST /api/assessments/:id/checklist/questions`: a new added question, its area and text. */
export const ZAddQuestionSchema = z
  .object({
    areaId: z.string().min(1).max(40),
    text: z
      .string()
      .trim()
      .min(5, 'Write the question (at least 5 characters).')
      .max(1000, 'Keep the question under 1,000 characters.'),
  })
  .strict();

/** `POST /api/assessments/:id/checklist/hidden`: hiding a question; the reason is required. */
export const ZHideQuestionSchema = z
  .object({
    key: z.string().min(1).max(100),
    reason: z
      .string()
      .trim()
      .min(3, 'Say why the question does not apply.')
      .max(500, 'Keep the reason under 500 characters.'),
  })
  .strict();

/** `POST .../checklist/hidden`: the key of the question now hidden. */
export const ZHiddenQuestionResponseSchema = z.object({ hidden: z.string() });
export type THiddenQuestionResponse = z.infer<typeof ZHiddenQuestionResponseSchema>;

/** `DELETE .../checklist/hidden/:key`: the key of the question shown again, as the path gave it. */
export const ZShownQuestionResponseSchema = z.object({ shown: z.string() });
export type TShownQuestionResponse = z.infer<typeof ZShownQuestionResponseSchema>;

/** `POST .../checklist/questions`: the added question's key and number. */
export const ZAddedQuestionResponseSchema = z.object({ question: z.object({ key: z.string(), number: z.number() }) });
export type TAddedQuestionResponse = z.infer<typeof ZAddedQuestionResponseSchema>;

/** `GET .../checklist/translation`: the imported translation, null without one. */
export const ZTranslationResponseSchema = z.object({
  translation: z.object({ language: z.string(), importedAt: z.string(), importedBy: z.string() }).nullable(),
});
export type TTranslationResponse = z.infer<typeof ZTranslationResponseSchema>;

/** `PUT .../checklist/translation`: the language imported and how many questions it translates. */
export const ZTranslationImportResponseSchema = z.object({
  translation: z.object({ language: z.string(), questions: z.number() }),
});
export type TTranslationImportResponse = z.infer<typeof ZTranslationImportResponseSchema>;
