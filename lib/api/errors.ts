import type { z } from 'zod';
import { DomainError, type TFieldErrors } from '../domain/shared/errors';

export { DomainError } from '../domain/shared/errors';

/** The same class as DomainError: the name route handlers knew it by. */
export const ApiError = DomainError;

/**
 * A 400 listing each invalid field, from a failed zod parse: English messages in `fieldErrors` as
 * forms show them, and beside them in `fieldCodes` zod's issue codes (`field.too_small`, …), stable
 * across languages.
 */
export function validationError(error: z.ZodError): DomainError {
  const fieldErrors: TFieldErrors = {};
  const fieldCodes: TFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    (fieldErrors[key] ??= []).push(issue.message);
    (fieldCodes[key] ??= []).push(`field.${issue.code}`);
  }
  return new DomainError('validation.failed', undefined, { fieldErrors, fieldCodes });
}
