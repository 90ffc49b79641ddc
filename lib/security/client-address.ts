import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ZEnvSchema, env } from '../config/env';

// The custom server writes the client's address into this header on every request (replacing
// whatever a client sent), and route handlers, which never see the socket, read it back. The
// address is the socket's, unless TRUST_PROXY says how many reverse proxies stand in front: then
// it is the entry of X-Forwarded-For that the outermost of them appended. Entries further left
// were written by the client and are never believed.

/** The request header that carries the socket's address from the custom server to route handlers. */
export const CLIENT_ADDRESS_HEADER = 'x-idg-client-address';

/**
 * How many reverse proxies (TRUST_PROXY, default 0) append to X-Forwarded-For in front of this
 * server; `value` reads another setting the same way.
 */
export function trustedProxyHops(value?: string): number {
  return value === undefined ? env().TRUST_PROXY : ZEnvSchema.shape.TRUST_PROXY.parse(value);
}

/** The client's address: the socket's, or with `hops` trusted proxies the entry the outermost appended. */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string {
  if (hops === 0) return socketAddress ?? 'unknown';
  const entries = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  // Each trusted proxy appends the address it saw; the outermost one's entry is `hops` from the end.
  return entries[entries.length - hops] ?? socketAddress ?? 'unknown';
}

/** Stamps the client's address on a request before Next sees it; a client's own value is dropped. */
export function stampClientAddress(req: IncomingMessage): void {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    trustedProxyHops(),
  );
}

/**
 * A key for a client address in rate limits and sign-in counts: a keyed hash, so the limiter's
 * memory, Redis and the database never hold the address itself, yet every instance with the
 * same secret agrees on it.
 */
export function addressKey(address: string | null | undefined): string {
  return crypto
    .createHmac('sha256', env().NEXTAUTH_SECRET ?? '')
    .update(address ?? 'unknown')
    .digest('base64url')
    .slice(0, 22);
}

/** The key of the address a route handler's request came from. */
export function clientAddressKey(req: Request): string {
  return addressKey(req.headers.get(CLIENT_ADDRESS_HEADER));
}
