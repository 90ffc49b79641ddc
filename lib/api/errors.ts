import type { z } from 'zod';
import type { TVars } from '../i18n/messages';
import { DomainError, type TFieldErrors, type TFieldParams, fieldCodeOf } from '../domain/shared/errors';

export { DomainError } from '../domain/shared/errors';

/** The same class as DomainError: the name route handlers knew it by. */
export const ApiError = DomainError;

/**
 * A 400 listing each invalid field, from a failed zod parse: English messages in `fieldErrors` as
 * forms show them, and beside them in `fieldCodes` codes stable across languages: the domain's
 * own for a message it words (`field.country_required`), else zod's issue code (`field.too_small`),
 * with in `fieldParams` the limit and the kind of value zod gives.
 */
export function validationError(error: z.ZodError): DomainError {
  const fieldErrors: TFieldErrors = {};
  const fieldCodes: TFieldErrors = {};
  const fieldParams: TFieldParams = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    const own = fieldCodeOf(issue.message);
    (fieldErrors[key] ??= []).push(issue.message);
    (fieldCodes[key] ??= []).push(own ?? `field.${issue.code}`);
    (fieldParams[key] ??= []).push(own ? {} : issueParams(issue));
  }
  return new DomainError('validation.failed', undefined, { fieldErrors, fieldCodes, fieldParams });
}

/**
 * The variables of a zod issue's message: the kind of value (which picks the wording) and an
 * inclusive limit. An exclusive one ("more than 0") is left out, so the general wording is used.
 */
function issueParams(issue: z.core.$ZodIssue): TVars {
  switch (issue.code) {
    case 'too_small':
      return issue.inclusive !== false && typeof issue.minimum === 'number'
        ? { kind: issue.origin, minimum: issue.minimum }
        : {};
    case 'too_big':
      return issue.inclusive !== false && typeof issue.maximum === 'number'
        ? { kind: issue.origin, maximum: issue.maximum }
        : {};
    case 'invalid_format':
      return { kind: issue.format };
    default:
      return {};
  }
}
