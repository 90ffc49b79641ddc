'use client';

import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * Loads a route's request schema from lib/contracts, as `() => import('@/lib/contracts/x').then((m) => m.ZSchema)`:
 * a dynamic import keeps zod and the contract out of the page's first load (see use-schema-form.ts).
 */
export type TSchemaLoader<S extends z.ZodType> = () => Promise<S>;

/**
 * For a form whose values are not the request itself (a date and a time in the member's zone
 * sent as one UTC instant): how the request is built from the values, and which field shows a
 * message about a path of the request (`startsAt` on the date). Without them, the values are the
 * request and its paths are the fields'. Building it may wait (the text of a chosen file).
 */
export type TRequestOf<T extends FieldValues, Q> = {
  toRequest?: (values: T) => Q | Promise<Q>;
  fieldOf?: (requestPath: string) => string;
};

/** `toRequest` and `fieldOf` as given, or the values themselves and the same paths. */
export function requestMapping<T extends FieldValues, Q>({
  toRequest = (values: T) => values as unknown as Q,
  fieldOf = (path: string) => path,
}: TRequestOf<T, Q>): Required<TRequestOf<T, Q>> {
  return { toRequest, fieldOf };
}

/**
 * A react-hook-form resolver over the request schema the server parses too. Its field messages are
 * worded by code in the page's language exactly as the server's refusal would be (refusal-text.ts,
 * loaded only when something is wrong). Valid values go to the server as typed, not as the schema's
 * output: the server parses them again and stays the judge. When the schema cannot be loaded (the
 * link dropped), the form sends unchecked and the server answers.
 */
export function schemaResolver<Q extends FieldValues, T extends FieldValues = Q>(
  load: TSchemaLoader<z.ZodType<unknown, Q>>,
  request: TRequestOf<T, Q> = {},
): Resolver<T> {
  const { toRequest, fieldOf } = requestMapping(request);
  return async (values, _context, options) => {
    const schema = await load().catch(() => null);
    const parsed = schema ? await schema.safeParseAsync(await toRequest(values)) : null;
    if (!parsed || parsed.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values, errors: {} };
    }
    const { issueTexts } = await import('./refusal-text');
    const errors: Record<string, FieldError> = {};
    for (const [path, messages] of Object.entries(await issueTexts(parsed.error.issues))) {
      const field = fieldOf(path);
      const message = [errors[field]?.message, ...messages].filter(Boolean).join(' ');
      errors[field] = { type: 'schema', message };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
