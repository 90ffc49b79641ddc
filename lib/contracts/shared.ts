import { z } from 'zod';

/** A member named in a response (an author, an approver, whoever recorded something): id and display name. */
export const ZPersonSchema = z.object({ id: z.string(), name: z.string() });
export type TPerson = z.infer<typeof ZPersonSchema>;

/** What a change answers when there is nothing more to say than that it was made. */
export const ZOkResponseSchema = z.object({ ok: z.literal(true) });
export type TOkResponse = z.infer<typeof ZOkResponseSchema>;
