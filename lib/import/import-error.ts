/**
 * An uploaded file refused by an import, with the HTTP status it deserves. Plain data (no
 * server-only import), so it crosses from the import worker to the route, which throws it on as
 * a DomainError (import.invalid or import.too_large) with its message.
 */
export class ImportError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}
