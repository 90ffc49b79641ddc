import 'server-only';
import type { z } from 'zod';
import type { TSessionUser } from '../auth/current-user';
import { getSessionUser } from '../auth/session';
import { clientAddressKey } from '../security/client-address';
import { PUBLIC_ADDRESS_LIMIT, type TRateLimit } from '../security/rate-limit';
import { takeSharedToken } from '../security/rate-limit-redis';
import { isSameOrigin } from '../security/same-origin';
import { DEFAULT_JSON_LIMIT, readJsonBody } from './body';
import { DomainError } from '../domain/shared/errors';
import { validationError } from './errors';
import { logger, requestId } from '../log/logger';

const log = logger('api');

type TContext<P> = { params: Promise<P> };
type THandlerArgs<P> = { req: Request; params: P; user: TSessionUser };

/**
 * Wraps a route handler: requires a session (401 otherwise), refuses cross-site mutations
 * (CSRF), limits each user's mutations across instances (429, lib/security/rate-limit-redis), and
 * turns thrown DomainErrors and unexpected failures into JSON `{ error, code }` responses.
 */
export function authedRoute<P = Record<string, never>>(fn: (args: THandlerArgs<P>) => Promise<unknown>) {
  return async (req: Request, ctx: TContext<P>): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const user = await getSessionUser();
      if (!user) throw new DomainError('auth.sign_in');
      if (!SAFE_METHODS.has(req.method)) {
        const rate = await takeSharedToken(`api:${user.id}`);
        if (!rate.ok) return tooManyRequests(rate.retryAfterSeconds, 'Too many changes at once; try again shortly.');
      }
      const result = await fn({ req, params: await ctx.params, user });
      return result instanceof Response ? result : Response.json(result);
    } catch (err) {
      return errorResponse(err, req);
    }
  };
}

/**
 * Like authedRoute, for the few endpoints open without a session (invitation acceptance, setup,
 * survey answers): with no user to count against, mutations are limited per client address,
 * in the `scope` bucket under `limit`.
 */
export function publicRoute<P = Record<string, never>>(
  fn: (args: { req: Request; params: P }) => Promise<unknown>,
  scope = 'public',
  limit: TRateLimit = PUBLIC_ADDRESS_LIMIT,
) {
  return async (req: Request, ctx: TContext<P>): Promise<Response> => {
    try {
      assertSameOrigin(req);
      if (!SAFE_METHODS.has(req.method)) {
        const rate = await takeSharedToken(`${scope}:${clientAddressKey(req)}`, limit);
        if (!rate.ok) return tooManyRequests(rate.retryAfterSeconds);
      }
      const result = await fn({ req, params: await ctx.params });
      return result instanceof Response ? result : Response.json(result);
    } catch (err) {
      return errorResponse(err, req);
    }
  };
}

/** Parses a JSON body of at most `maxBytes` with a zod schema; a 400 with field errors when it does not fit. */
export async function parseBody<S extends z.ZodType>(
  req: Request,
  schema: S,
  maxBytes = DEFAULT_JSON_LIMIT,
): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJsonBody(req, maxBytes));
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

/** Parses a request's query string with a zod schema; a 400 with field errors when it does not fit. */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated mutations: a browser always sends Origin on a
 * cross-site POST, and a form cannot send `application/json` without a CORS preflight we
 * never grant. Requests without Origin come from scripts that hold the cookie themselves.
 */
function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.get('origin');
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  if (!isSameOrigin(origin, host)) throw new DomainError('request.cross_site');
  const type = req.headers.get('content-type') ?? '';
  if (req.method !== 'DELETE' && !type.startsWith('application/json') && !type.startsWith('multipart/form-data')) {
    throw new DomainError('request.unsupported_content_type');
  }
}

/** A 429 telling the client when to try again. */
export function tooManyRequests(retryAfterSeconds: number, message?: string): Response {
  return Response.json(errorBody(new DomainError('rate_limited', undefined, { message })), {
    status: 429,
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}

/**
 * The JSON of a refusal: the English `error` as before, the `code` (and its `params`) a client
 * words in the member's language, and per field the messages, their codes and the codes' variables.
 */
export function errorBody(err: DomainError): Record<string, unknown> {
  return {
    error: err.message,
    code: err.code,
    ...(err.params ? { params: err.params } : {}),
    ...(err.fieldErrors ? { fieldErrors: err.fieldErrors, fieldCodes: err.fieldCodes } : {}),
    ...(err.fieldParams ? { fieldParams: err.fieldParams } : {}),
  };
}

function errorResponse(err: unknown, req: Request): Response {
  if (err instanceof DomainError) {
    // A body refused part-read (413) or before it was read (an unknown survey link) would still
    // be received to its end on a kept-alive connection: closing it stops the client sending.
    const unread = err.status === 413 || (req.body !== null && !req.bodyUsed);
    const headers = unread ? { Connection: 'close' } : undefined;
    return Response.json(errorBody(err), { status: err.status, headers });
  }
  log.error(
    { err, requestId: requestId(req.headers), method: req.method, path: new URL(req.url).pathname },
    'unexpected-error',
  );
  return Response.json(errorBody(new DomainError('server_error')), { status: 500 });
}
