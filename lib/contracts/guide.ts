import { z } from 'zod';

// The guide at hand beside each area's checklist (components/guide): its texts are fetched when
// the panel is first opened, not shipped with every area page.

/** A block of a chapter: a numbered sub-heading, a paragraph or a list item. */
const ZGuideBlockSchema = z.object({ kind: z.enum(['heading', 'paragraph', 'item']), text: z.string() });

/** A chapter of the guide's Part II: its reference (e.g. Part II, 4.2), title and text. */
const ZGuideTextSchema = z.object({ reference: z.string(), title: z.string(), blocks: z.array(ZGuideBlockSchema) });
export type TGuideText = z.infer<typeof ZGuideTextSchema>;

/** An area's chapter of the guide, e.g. Part II, 3.3 Transparency. */
const ZGuideChapterSchema = ZGuideTextSchema.extend({ areaId: z.string() });
export type TGuideChapter = z.infer<typeof ZGuideChapterSchema>;

/** Annex 2's section for an area (the three collective-action areas share one); topic null before the first. */
const ZGoodPracticeSectionSchema = z.object({
  areaId: z.string(),
  reference: z.string(),
  title: z.string(),
  practices: z.array(z.object({ topic: z.string().nullable(), text: z.string() })),
});
export type TGoodPracticeSection = z.infer<typeof ZGoodPracticeSectionSchema>;

/** One term of the IDG glossary with its definition and where the definition comes from. */
const ZGlossaryEntrySchema = z.object({ term: z.string(), definition: z.string(), source: z.string() });
export type TGlossaryEntry = z.infer<typeof ZGlossaryEntrySchema>;

/**
 * `GET /api/guide/areas/:areaId`: the area's chapter and good practices; for a collective-action
 * area also the chapters on collective action that have no area of their own (Part II, 4.2 and 4.5).
 */
export const ZGuideAreaResponseSchema = z.object({
  chapter: ZGuideChapterSchema,
  related: z.array(ZGuideTextSchema),
  practices: ZGoodPracticeSectionSchema,
});
export type TGuideAreaResponse = z.infer<typeof ZGuideAreaResponseSchema>;

/** `GET /api/guide/glossary`: every term of Annex 1, sorted by term. */
export const ZGlossaryResponseSchema = z.object({ entries: z.array(ZGlossaryEntrySchema) });
export type TGlossaryResponse = z.infer<typeof ZGlossaryResponseSchema>;
