import type { z } from 'zod';

/**
 * Machine codes of the refusals a client cannot word from the status alone: they concern how the
 * request was sent, not what it asked, so the page shows its own message instead of the server's.
 */
export type TApiErrorCode = 'cross-site' | 'unsupported-content-type';

/** An error a route handler turns into a JSON response with this status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly code?: TApiErrorCode,
  ) {
    super(message);
  }
}

/** A 400 listing each invalid field, from a failed zod parse. */
export function validationError(error: z.ZodError): ApiError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return new ApiError(400, 'Some fields are not valid.', fieldErrors);
}

export const notFound = (what = 'Not found.') => new ApiError(404, what);
export const forbidden = (what = 'You do not have permission to do this.') => new ApiError(403, what);
