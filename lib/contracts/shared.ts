import { z } from 'zod';

/** An id a request names (a member, an activity, a KPI sheet): bounded, never empty. */
export const ZIdSchema = z.string().min(1).max(100);

/** A calendar date as the date inputs send it. */
export const ZIsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date (YYYY-MM-DD).');

/**
 * The file of a multipart request (an upload, an import), checked for presence: routes parse the
 * form's entries with it, and file forms check the chosen file with it before sending.
 */
export const ZChosenFileSchema = z.file({ error: 'Choose a file.' });

/** A member named in a response (an author, an approver, whoever recorded something): id and display name. */
export const ZPersonSchema = z.object({ id: z.string(), name: z.string() });
export type TPerson = z.infer<typeof ZPersonSchema>;

/** What a change answers when there is nothing more to say than that it was made. */
export const ZOkResponseSchema = z.object({ ok: z.literal(true) });
export type TOkResponse = z.infer<typeof ZOkResponseSchema>;

/** What a creation answers when the new thing's id is all there is to say. */
export const ZCreatedResponseSchema = z.object({ id: z.string() });
export type TCreatedResponse = z.infer<typeof ZCreatedResponseSchema>;

/** `GET /api/health`: the database decides the status; Redis is reported, not required, and absent without it. */
export const ZHealthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['ok', 'unreachable']),
  redis: z.enum(['up', 'down']).optional(),
});
export type THealth = z.infer<typeof ZHealthResponseSchema>;
