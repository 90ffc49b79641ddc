import 'server-only';
import { NextRequest } from 'next/server';
import { readBodyBytes } from '../api/body';
import { DomainError } from '../domain/shared/errors';
import { clientAddressKey } from '../security/client-address';
import type { TRateLimit } from '../security/rate-limit';
import { takeSharedToken } from '../security/rate-limit-redis';
import { appOrigin } from './options';

// next-auth reads its POST bodies whole (`req.text()`), and its sign-in endpoint is open to
// anyone. Its route hands next-auth a copy of the request whose body was read within a limit,
// after a per-address limit on the posts themselves.

/** Largest body of a next-auth post: an email, a password, a CSRF token and a callback URL. */
const AUTH_BODY_LIMIT = 16 * 1024;
/** Posts to next-auth per client address: a room signing in together at the start of a session fits. */
const AUTH_ADDRESS_LIMIT: TRateLimit = { perSecond: 1, burst: 30 };

/**
 * A refusal in next-auth's own answer shape: its client reads the error from `url` and would
 * fail on an answer without one, leaving the sign-in form waiting. The `code` beside it is the
 * one every other refusal carries; next-auth's client hands the form only the status and the
 * url's English, so the form knows these two by their statuses, which next-auth never answers.
 */
function refusal(err: DomainError, headers: Record<string, string>): Response {
  return Response.json(
    {
      error: err.message,
      code: err.code,
      url: `${appOrigin()}/api/auth/error?error=${encodeURIComponent(err.message)}`,
    },
    { status: err.status, headers },
  );
}

/** The request to hand to next-auth, or the refusal (429, 413) to answer instead. */
export async function boundedAuthRequest(req: Request): Promise<Request | Response> {
  if (req.method !== 'POST') return req;
  const rate = await takeSharedToken(`auth:${clientAddressKey(req)}`, AUTH_ADDRESS_LIMIT);
  if (!rate.ok)
    return refusal(new DomainError('auth.too_many_attempts'), { 'Retry-After': String(rate.retryAfterSeconds) });
  try {
    const body = await readBodyBytes(req, AUTH_BODY_LIMIT);
    return new NextRequest(req.url, { method: req.method, headers: req.headers, body });
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return refusal(err, { Connection: 'close' });
  }
}
