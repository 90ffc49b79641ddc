import type { z } from 'zod';
import { DomainError } from '../domain/shared/errors';
import { fieldIssues } from '../domain/shared/field-issues';

export { DomainError } from '../domain/shared/errors';

/** The same class as DomainError: the name route handlers knew it by. */
export const ApiError = DomainError;

/**
 * A 400 listing each invalid field of a failed zod parse by its path, with its English messages,
 * their codes and the codes' variables (lib/domain/shared/field-issues.ts).
 */
export function validationError(error: z.ZodError): DomainError {
  return new DomainError('validation.failed', undefined, fieldIssues(error.issues));
}
