/**
 * An uploaded file refused by an import, with the HTTP status it deserves. Plain data (no
 * ApiError, no server-only import), so it crosses from the import worker to the route intact.
 */
export class ImportError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}
