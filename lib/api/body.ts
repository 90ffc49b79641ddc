import 'server-only';
import { DomainError } from '../domain/shared/errors';

// Content-Length is only a claim: a chunked body has none, and reading `req.json()` or
// `req.formData()` takes whatever arrives before any limit is looked at. Every route that reads
// a body goes through here, so it stops at its limit whatever the framing.

/** Largest JSON body a route accepts unless it names another limit. */
export const DEFAULT_JSON_LIMIT = 2 * 1024 * 1024;
/** Room for a multipart form's boundaries and small fields beside its file. */
export const MULTIPART_OVERHEAD = 64 * 1024;

type TTooLarge = { message?: string; fieldErrors?: Record<string, string[]> };

/** The body's bytes, read until `limit`; past it the stream is cancelled and a 413 thrown. */
export async function readBodyBytes(
  req: Request,
  limit: number,
  { message = 'The request body is too large.', fieldErrors }: TTooLarge = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new DomainError('request.too_large', undefined, { message, fieldErrors });
  if (Number(req.headers.get('content-length') ?? 0) > limit) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The body as JSON, read within `limit`; a 400 when it is not JSON. */
export async function readJsonBody(req: Request, limit = DEFAULT_JSON_LIMIT, tooLarge?: TTooLarge): Promise<unknown> {
  const bytes = await readBodyBytes(req, limit, tooLarge);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new DomainError('request.invalid_json');
  }
}

/** A multipart form whose file may be up to `fileLimit` bytes, or null when the body is no form. */
export async function readFormData(req: Request, fileLimit: number, message?: string): Promise<FormData | null> {
  const bytes = await readBodyBytes(req, fileLimit + MULTIPART_OVERHEAD, {
    message,
    fieldErrors: { file: ['Too large.'] },
  });
  const parsed = new Response(bytes, { headers: { 'content-type': req.headers.get('content-type') ?? '' } });
  return parsed.formData().catch(() => null);
}
