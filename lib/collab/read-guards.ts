// Checks of the values read from shared documents, where any member's browser may have written
// anything: a malformed value reads as unset. Written by hand rather than with zod because the
// layouts that use them reach the browser bundles of the live pages, where zod weighs 26 to
// 35 kB compressed (its core does not tree-shake) for shapes these few lines check.

/** A plain object (not null, not an array), to read fields from. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string of `min` to `max` characters. */
export function isText(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

/** A finite number (never NaN or ±Infinity). */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

const DOC_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An id a client made for a row or a finding: never a dot or a colon, which name separators use. */
export function isDocId(value: unknown): value is string {
  return typeof value === 'string' && DOC_ID.test(value);
}

/** Who made an item, as stored beside it. */
export type TUserRef = { id: string; name: string };

/** A `{ id, name }` author, or null. */
export function parseUserRef(value: unknown): TUserRef | null {
  if (!isRecord(value) || !isText(value.id, 1, 100) || !isText(value.name, 0, 200)) return null;
  return { id: value.id, name: value.name };
}

/** Whether `value` is one of `options`. */
export function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return (options as readonly unknown[]).includes(value);
}
