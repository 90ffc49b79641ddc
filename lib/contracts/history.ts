import { z } from 'zod';
import { ZPersonSchema } from './shared';

// Catching up and history (docs/history.md): what changed in an area since a member's last visit,
// and the versions of one answer, viewed beside the current text and restored as a new change.

/** Text that is in one of two compared versions only, and who put it in or took it out (null: unknown). */
export const ZDiffChangeSchema = z.object({ kind: z.enum(['added', 'removed']), userId: z.string().nullable() });
export type TDiffChange = z.infer<typeof ZDiffChangeSchema>;

export const ZDiffSpanSchema = z.object({ text: z.string(), change: ZDiffChangeSchema.optional() });
export type TDiffSpan = z.infer<typeof ZDiffSpanSchema>;

/** One block of an answer (a paragraph, a heading, a list item's paragraph; `status` for an evaluation). */
export const ZDiffBlockSchema = z.object({
  node: z.string(),
  spans: z.array(ZDiffSpanSchema),
  change: ZDiffChangeSchema.optional(),
});
export type TDiffBlock = z.infer<typeof ZDiffBlockSchema>;

/** One version point of an answer. */
export const ZVersionSchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  /** Who changed it since the version before; empty for the text as it was when history began. */
  authors: z.array(ZPersonSchema),
  /** The version a restore brought back, for a version a restore made. */
  restoredFrom: z.number().int().nullable(),
});
export type TVersion = z.infer<typeof ZVersionSchema>;

/** The versions of an answer or a plan field. */
export const ZVersionsResponseSchema = z.object({
  /** Newest first. */
  versions: z.array(ZVersionSchema),
  canRestore: z.boolean(),
});
export type TVersionsResponse = z.infer<typeof ZVersionsResponseSchema>;

/** GET /api/assessments/:id/questions/:key/history */
export const ZHistoryResponseSchema = ZVersionsResponseSchema.extend({ questionKey: z.string() });
export type THistoryResponse = z.infer<typeof ZHistoryResponseSchema>;

/** GET .../history/:versionId (of an answer or a plan field): that version, and what changed since, by whom. */
export const ZVersionViewResponseSchema = z.object({
  version: ZVersionSchema,
  /** The answer as it was. */
  blocks: z.array(ZDiffBlockSchema),
  /** The answer now, with what was added and removed since that version marked. */
  changesSince: z.array(ZDiffBlockSchema),
  /** Everyone a change is credited to. */
  people: z.array(ZPersonSchema),
});
export type TVersionViewResponse = z.infer<typeof ZVersionViewResponseSchema>;

/** POST .../history/:versionId/restore */
export const ZRestoreResponseSchema = z.object({ restored: z.literal(true), version: ZVersionSchema });
export type TRestoreResponse = z.infer<typeof ZRestoreResponseSchema>;

/** What changed in one question since a time. */
export const ZQuestionChangeSchema = z.object({
  questionKey: z.string(),
  answer: z.boolean(),
  evaluation: z.boolean(),
  by: z.array(ZPersonSchema),
  /** The latest change. */
  at: z.string(),
});
export type TQuestionChange = z.infer<typeof ZQuestionChangeSchema>;

/** GET /api/assessments/:id/areas/:areaId/changes?since= */
export const ZAreaChangesResponseSchema = z.object({
  /** The time compared with: `since`, else the member's last visit; null on a first visit. */
  since: z.string().nullable(),
  changes: z.array(ZQuestionChangeSchema),
});
export type TAreaChangesResponse = z.infer<typeof ZAreaChangesResponseSchema>;

/** Query of the changes route. */
export const ZChangesQuerySchema = z.object({ since: z.iso.datetime({ offset: true }).optional() });

/** GET /api/assessments/:id/questions/:key/changes: the answer now, what changed since my last visit marked. */
export const ZQuestionDiffResponseSchema = z.object({
  since: z.string().nullable(),
  blocks: z.array(ZDiffBlockSchema),
  people: z.array(ZPersonSchema),
});
export type TQuestionDiffResponse = z.infer<typeof ZQuestionDiffResponseSchema>;

/** POST /api/assessments/:id/areas/:areaId/changes/seen */
export const ZSeenResponseSchema = z.object({ seenAt: z.string() });
export type TSeenResponse = z.infer<typeof ZSeenResponseSchema>;

/** A row of the plan draft or a finding of a group, changed since the member's last visit. */
const ZDocItemChangeSchema = z.object({ id: z.string(), label: z.string(), by: z.array(ZPersonSchema) });

/** GET /api/assessments/:id/plan/changes and GET /api/assessments/:id/groups/:groupId/changes */
export const ZDocChangesResponseSchema = z.object({
  /** The member's last visit; null on a first visit, which is recorded. */
  since: z.string().nullable(),
  changes: z.array(ZDocItemChangeSchema),
});
export type TDocChangesResponse = z.infer<typeof ZDocChangesResponseSchema>;
