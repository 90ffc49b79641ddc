import { z } from 'zod';

// The layout of a checklist document (ARCHITECTURE.md, "What lives where"): every answer is a
// top-level XmlFragment and every evaluation an entry of the top-level `status` map, because
// top-level types never conflict while a nested type created by two clients at once loses one side.

/** Prefix of the top-level XmlFragment holding one checklist question's answer. */
export const ANSWER_FRAGMENT_PREFIX = 'answer:';

/** Name of the top-level Y.Map holding each question's evaluation, keyed by question key. */
export const STATUS_MAP = 'status';

/** The four evaluations a checklist question can have. */
export const ANSWER_STATUSES = ['in-place', 'needs-improvement', 'action-required', 'not-applicable'] as const;
export const ZAnswerStatusSchema = z.enum(ANSWER_STATUSES);
export type TAnswerStatus = z.infer<typeof ZAnswerStatusSchema>;

/** The fragment name of a question's answer, e.g. `answer:transparency.20`. */
export function answerFragmentName(questionKey: string): string {
  return `${ANSWER_FRAGMENT_PREFIX}${questionKey}`;
}

/** The question key of an answer fragment name, or null when the name is not one. */
export function questionKeyOfFragment(name: string): string | null {
  return name.startsWith(ANSWER_FRAGMENT_PREFIX) ? name.slice(ANSWER_FRAGMENT_PREFIX.length) : null;
}

/** Reads a `status` map value; anything a client wrote that is not one of the four reads as unset. */
export function parseAnswerStatus(value: unknown): TAnswerStatus | null {
  const parsed = ZAnswerStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Name of the top-level Y.Map recording, per question key, who last changed its answer or evaluation and when. */
export const LAST_EDIT_MAP = 'lastEdit';

/** One `lastEdit` entry: the editor's user id and display name, and the time in ms since the epoch. */
export const ZLastEditSchema = z.object({ userId: z.string().min(1), name: z.string(), at: z.number().finite() });
export type TLastEdit = z.infer<typeof ZLastEditSchema>;

/** Reads a `lastEdit` map value; anything malformed reads as unknown (null). */
export function parseLastEdit(value: unknown): TLastEdit | null {
  const parsed = ZLastEditSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Name of the top-level Y.Map marking answers as sensitive, keyed by question key (value `true`).
 * The document is readable by every member, so the flag only decides what the UI shows to whom
 * and what a redacted export leaves out; it hides nothing from someone reading the raw document.
 */
export const SENSITIVE_MAP = 'sensitive';

/** Whether a `sensitive` map value marks the answer sensitive; only a literal `true` does. */
export function parseSensitive(value: unknown): boolean {
  return value === true;
}
