import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// There is no trusted-proxy setting, so the only address we believe is the socket's: the custom
// server writes it into this header on every request (replacing whatever a client sent), and
// route handlers, which never see the socket, read it back.

/** The request header that carries the socket's address from the custom server to route handlers. */
export const CLIENT_ADDRESS_HEADER = 'x-idg-client-address';

/** Stamps the socket's address on a request before Next sees it; a client's own value is dropped. */
export function stampClientAddress(req: IncomingMessage): void {
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? 'unknown';
}

/**
 * A key for a client address in rate limits and sign-in counts: a keyed hash, so the limiter's
 * memory, Redis and the database never hold the address itself, yet every instance with the
 * same secret agrees on it.
 */
export function addressKey(address: string | null | undefined): string {
  return crypto.createHmac('sha256', process.env.NEXTAUTH_SECRET ?? '').update(address ?? 'unknown').digest('base64url').slice(0, 22);
}

/** The key of the address a route handler's request came from. */
export function clientAddressKey(req: Request): string {
  return addressKey(req.headers.get(CLIENT_ADDRESS_HEADER));
}
