import { z } from 'zod';
import { ZDocumentVisibilitySchema } from '../domain/library/library-access';
import type { TCoverageRow } from '../domain/library/library-coverage';
import { BACKGROUND_DOCUMENT_KIND_IDS } from '../idg/background-documents';
import { ZChosenFileSchema, ZPersonSchema } from './shared';

const ZCategorySchema = z.enum(BACKGROUND_DOCUMENT_KIND_IDS, {
  error: 'Choose the kind of document from the guide’s list.',
});
const ZTitleSchema = z
  .string({ error: 'Give the document a title.' })
  .trim()
  .min(1, 'Give the document a title.')
  .max(200, 'At most 200 characters.');
const ZUserIdsSchema = z.array(z.string().uuid()).max(200);

/** The classification and restriction given with a new document (file or link). */
const ZNewDocumentMetaSchema = z.object({
  title: ZTitleSchema,
  category: ZCategorySchema,
  visibility: ZDocumentVisibilitySchema.default('members'),
  readerIds: ZUserIdsSchema.default([]),
});
export type TNewDocumentMeta = z.infer<typeof ZNewDocumentMetaSchema>;

/** A file added to the library: multipart `file` with the same fields (the title defaults to the file's name). */
export const ZNewDocumentUploadSchema = ZNewDocumentMetaSchema.extend({ file: ZChosenFileSchema });

/** A link added to the library: web addresses only, so no `javascript:` link is stored. */
export const ZNewDocumentLinkSchema = ZNewDocumentMetaSchema.extend({
  url: z
    .string({ error: 'Enter a web address.' })
    .trim()
    .url('Enter a full web address, starting with https://')
    .max(2000)
    .refine((u) => /^https?:\/\//i.test(u), 'Only http and https addresses are accepted.'),
});

/** A change of classification, restriction or reviewer; only the fields given change. */
export const ZDocumentUpdateSchema = z
  .object({
    title: ZTitleSchema,
    category: ZCategorySchema,
    visibility: ZDocumentVisibilitySchema,
    readerIds: ZUserIdsSchema,
    reviewerId: z.string().uuid().nullable(),
  })
  .partial()
  .refine((o) => Object.keys(o).length > 0, 'Nothing to change.');
export type TDocumentUpdate = z.infer<typeof ZDocumentUpdateSchema>;

/** A reviewer's summary and the areas (`transparency`) and questions (`transparency.20`) the document informs. */
export const ZDocumentReviewSchema = z.object({
  summary: z.string().trim().max(4000, 'Keep the summary under 4,000 characters.'),
  targets: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)?$/, 'Not an area or question.')).max(100),
});
export type TDocumentReview = z.infer<typeof ZDocumentReviewSchema>;

/** A background document as members and the API see it. */
const ZLibraryDocumentSchema = z.object({
  id: z.string(),
  kind: z.enum(['file', 'link']),
  category: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  visibility: ZDocumentVisibilitySchema,
  readerIds: z.array(z.string()),
  addedBy: ZPersonSchema,
  reviewer: ZPersonSchema.nullable(),
  summary: z.string(),
  summaryBy: ZPersonSchema.nullable(),
  summaryAt: z.string().nullable(),
  /** Areas (`transparency`) and questions (`transparency.20`) it informs. */
  targets: z.array(z.string()),
  surveyId: z.string().nullable(),
  createdAt: z.string(),
});
export type TLibraryDocument = z.infer<typeof ZLibraryDocumentSchema>;

/** `GET /api/assessments/:id/documents`: the documents the reader may see, and the guide's list covered. */
export const ZDocumentsResponseSchema = z.object({
  documents: z.array(ZLibraryDocumentSchema),
  coverage: z.array(
    z.object({ id: z.string(), title: z.string(), documents: z.number(), reviewed: z.number() }),
  ) satisfies z.ZodType<TCoverageRow[]>,
});
export type TDocumentsResponse = z.infer<typeof ZDocumentsResponseSchema>;

/** `GET`, `PATCH` and `PUT .../review` of one document, and a survey's results filed: the document as it is now. */
export const ZDocumentResponseSchema = z.object({ document: ZLibraryDocumentSchema });
export type TDocumentResponse = z.infer<typeof ZDocumentResponseSchema>;

/** `GET /api/assessments/:id/documents/links?area=`: the documents informing an area, by question key (or area). */
export const ZDocumentLinksResponseSchema = z.object({
  byTarget: z.record(z.string(), z.array(z.object({ id: z.string(), title: z.string(), summary: z.string() }))),
});
export type TDocumentLinksResponse = z.infer<typeof ZDocumentLinksResponseSchema>;
export type TDocumentLinks = TDocumentLinksResponse['byTarget'];

/** The kinds of step 3 and 4 activity the log records. */
export const ACTIVITY_KINDS = ['document-review', 'interview', 'field-visit', 'meeting'] as const;
export type TActivityKind = (typeof ACTIVITY_KINDS)[number];

/** A step 3 or 4 activity to log: what, when, who took part. */
export const ZActivityEntrySchema = z.object({
  step: z.union([z.literal(3), z.literal(4)], { error: 'Choose step 3 or step 4.' }),
  kind: z.enum(ACTIVITY_KINDS, { error: 'Choose the kind of activity.' }),
  title: z.string({ error: 'Say what the activity was.' }).trim().min(1, 'Say what the activity was.').max(200),
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date as YYYY-MM-DD.'),
  notes: z.string().trim().max(4000).default(''),
  participantIds: z.array(z.string().uuid()).max(200).default([]),
  /** Who took part without an account, e.g. the people interviewed. */
  others: z.string().trim().max(1000).default(''),
});
export type TActivityEntryInput = z.infer<typeof ZActivityEntrySchema>;

/** One line of the activity log, recorded or derived from a document review. */
const ZActivityLogEntrySchema = z.object({
  id: z.string(),
  step: z.union([z.literal(3), z.literal(4)]),
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string(),
  heldOn: z.string(),
  notes: z.string(),
  participants: z.array(ZPersonSchema),
  others: z.string(),
  /**
   * 'recorded' entries were typed in; 'library' ones come from a reviewer's summary; 'session' ones
   * are workshop sessions whose agenda covers a step 3 or 4 activity, with their attendance.
   */
  source: z.enum(['recorded', 'library', 'session']),
});
export type TActivityLogEntry = z.infer<typeof ZActivityLogEntrySchema>;

/** `GET /api/assessments/:id/activity-log`: every entry, recorded and derived. */
export const ZActivityLogResponseSchema = z.object({ entries: z.array(ZActivityLogEntrySchema) });
export type TActivityLogResponse = z.infer<typeof ZActivityLogResponseSchema>;
