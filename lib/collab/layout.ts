import { isOneOf, isRecord, isText } from './read-guards';

// The layout of a checklist document (docs/architecture.md, "What lives where"): every answer is a
// top-level XmlFragment and every evaluation an entry of the top-level `status` map, because
// top-level types never conflict while a nested type created by two clients at once loses one side.
// Question keys: `<areaId>.<number>` for the guide's questions (e.g. `transparency.20`), and
// `<areaId>.a<n>` for questions an administration added to its assessment (e.g. `transparency.a1`;
// the `a` keeps them apart from the guide's numbers; lib/domain/checklist/checklist-adaptation.ts).

/** Prefix of the top-level XmlFragment holding one checklist question's answer. */
export const ANSWER_FRAGMENT_PREFIX = 'answer:';

/** Name of the top-level Y.Map holding each question's evaluation, keyed by question key. */
export const STATUS_MAP = 'status';

/** The four evaluations a checklist question can have. */
export const ANSWER_STATUSES = ['in-place', 'needs-improvement', 'action-required', 'not-applicable'] as const;
export type TAnswerStatus = (typeof ANSWER_STATUSES)[number];

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
  return isOneOf(ANSWER_STATUSES, value) ? value : null;
}

/** Name of the top-level Y.Map recording, per question key, who last changed its answer or evaluation and when. */
export const LAST_EDIT_MAP = 'lastEdit';

/** One `lastEdit` entry: the editor's user id and display name, and the time in ms since the epoch. */
export type TLastEdit = { userId: string; name: string; at: number };

/** Reads a `lastEdit` map value; anything malformed reads as unknown (null). */
export function parseLastEdit(value: unknown): TLastEdit | null {
  if (!isRecord(value)) return null;
  const { userId, name, at } = value;
  return isText(userId, 1, Infinity) && typeof name === 'string' && typeof at === 'number'
    ? { userId, name, at }
    : null;
}

/**
 * LEGACY, read only by migration 012_answer_flags. Name of the top-level Y.Map that used to mark
 * answers as sensitive, keyed by question key (value `true`). Every member's browser received it
 * and any writer could clear it, so the flag now lives in the database (table `answer_flags`,
 * lib/services/checklist/answer-flags.ts); the migration carried existing entries over and emptied the map.
 * Nothing else reads it: the sync server, the pages and the exports ignore whatever a client
 * still writes there.
 */
export const SENSITIVE_MAP = 'sensitive';

/** LEGACY (migration 012 only): whether a `sensitive` map value marked the answer; only a literal `true` did. */
export function parseSensitive(value: unknown): boolean {
  return value === true;
}
