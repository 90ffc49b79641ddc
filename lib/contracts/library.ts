import { z } from 'zod';
import { ZDocumentVisibilitySchema, type TDocumentVisibility } from '../domain/library/library-access';
import { BACKGROUND_DOCUMENT_KIND_IDS } from '../idg/background-documents';

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
export const ZNewDocumentMetaSchema = z.object({
  title: ZTitleSchema,
  category: ZCategorySchema,
  visibility: ZDocumentVisibilitySchema.default('members'),
  readerIds: ZUserIdsSchema.default([]),
});
export type TNewDocumentMeta = z.infer<typeof ZNewDocumentMetaSchema>;

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
export type TLibraryDocument = {
  id: string;
  kind: 'file' | 'link';
  category: string;
  title: string;
  url: string | null;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  visibility: TDocumentVisibility;
  readerIds: string[];
  addedBy: { id: string; name: string };
  reviewer: { id: string; name: string } | null;
  summary: string;
  summaryBy: { id: string; name: string } | null;
  summaryAt: string | null;
  /** Areas (`transparency`) and questions (`transparency.20`) it informs. */
  targets: string[];
  surveyId: string | null;
  createdAt: string;
};

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
export type TActivityLogEntry = {
  id: string;
  step: 3 | 4;
  kind: TActivityKind;
  title: string;
  heldOn: string;
  notes: string;
  participants: { id: string; name: string }[];
  others: string;
  /**
   * 'recorded' entries were typed in; 'library' ones come from a reviewer's summary; 'session' ones
   * are workshop sessions whose agenda covers a step 3 or 4 activity, with their attendance.
   */
  source: 'recorded' | 'library' | 'session';
};
