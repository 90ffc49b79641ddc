import { z } from 'zod';
import { ZDocumentVisibilitySchema } from '../domain/library/library-access';
import { BACKGROUND_DOCUMENT_KIND_IDS } from '../idg/background-documents';

const ZCategorySchema = z.enum(BACKGROUND_DOCUMENT_KIND_IDS, { error: 'Choose the kind of document from the guide’s list.' });
const ZTitleSchema = z.string({ error: 'Give the document a title.' }).trim().min(1, 'Give the document a title.').max(200, 'At most 200 characters.');
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
