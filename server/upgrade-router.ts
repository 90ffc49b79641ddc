import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { isSameOriginRequest } from '../lib/security/same-origin';

export type TUpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Routes WebSocket upgrades by path prefix. engine.io answers `/socket.io/` itself, so that
 * prefix is registered with a handler that does nothing; any path without a handler is refused,
 * or the socket would hang (see docs/pitfalls.md, "WebSocket upgrades on a Next custom server"). An
 * upgrade from another site's page is refused first: it would carry the visitor's session cookie
 * (lib/security/same-origin.ts).
 */
export function createUpgradeRouter(routes: [prefix: string, handler: TUpgradeHandler][]): TUpgradeHandler {
  return (req, socket, head) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    // engine.io refuses its own cross-site upgrades (allowRequest in server/live), and it must answer them itself.
    if (!isSameOriginRequest(req.headers) && !pathname.startsWith('/socket.io/')) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      socket.destroy();
      return;
    }
    const match = routes.find(([prefix]) => pathname.startsWith(prefix));
    if (match) return match[1](req, socket, head);
    socket.write('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    socket.destroy();
  };
}
