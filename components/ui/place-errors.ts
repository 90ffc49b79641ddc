import type { FieldErrors } from 'react-hook-form';

/** Field messages split into those a form shows beside a field and the rest, which it shows above itself. */
export type TPlacedErrors = { onFields: [path: string, message: string][]; elsewhere: string[] };

/**
 * Places a refusal's field messages (keyed by the failing field's path, `weights.0`) on the form's
 * fields by name; a path no field of the form shows (a value the page sends for the member, a rule
 * across fields reported at the root) goes to the form-level alert, so no message is lost.
 */
export function placeErrors(fieldErrors: Record<string, string[]>, isShown: (path: string) => boolean): TPlacedErrors {
  const placed: TPlacedErrors = { onFields: [], elsewhere: [] };
  for (const [path, messages] of Object.entries(fieldErrors)) {
    if (messages.length === 0) continue;
    if (isShown(path)) placed.onFields.push([path, messages.join(' ')]);
    else placed.elsewhere.push(...messages);
  }
  return placed;
}

/** react-hook-form's nested errors flattened back to one message per path. */
export function flatErrors(errors: FieldErrors, prefix = ''): Record<string, string[]> {
  const flat: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    // A leaf is a FieldError (its `type` a string); anything else nests the fields below it.
    if (typeof value.type === 'string') flat[path] = typeof value.message === 'string' ? [value.message] : [];
    else Object.assign(flat, flatErrors(value as FieldErrors, path));
  }
  return flat;
}

/**
 * A refusal's field messages moved from the request's paths to the fields of the form that show
 * them (`startsAt` to the date field, when the form sends a date and a time as one instant).
 */
export function onFormPaths(
  fieldErrors: Record<string, string[]>,
  fieldOf: (requestPath: string) => string,
): Record<string, string[]> {
  const moved: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(fieldErrors)) (moved[fieldOf(path)] ??= []).push(...messages);
  return moved;
}
