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
 * A key for the client's address in rate limits: a keyed hash, so the limiter's memory (and
 * Redis) never holds the address itself, yet every instance with the same secret agrees on it.
 */
export function clientAddressKey(req: Request): string {
  const address = req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
  return crypto.createHmac('sha256', process.env.NEXTAUTH_SECRET ?? '').update(address).digest('base64url').slice(0, 22);
}
