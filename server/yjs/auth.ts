import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { readSessionToken } from '../../lib/auth/request-session';
import type { TDb } from '../../lib/db/client';
import { resolveSessionDocAccess } from './access';

/**
 * The outcome of authenticating an upgrade: who, which document, what they may do and until when
 * (epoch ms), or an HTTP status.
 */
export type TUpgradeAuth =
  | { userId: string; userName: string; docName: string; access: 'write' | 'read'; expiresAt: number | null }
  | { status: 401 | 403 | 404 };

/** The document name of an upgrade path `<prefix><docName>`, or null when there is none. */
export function docNameFromUrl(url: string | undefined, prefix: string): string | null {
  const { pathname } = new URL(url ?? '/', 'http://localhost');
  if (!pathname.startsWith(prefix)) return null;
  try {
    return decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
}

/**
 * Authenticates a WebSocket upgrade from its session cookie and decides access to the
 * document in its path, before the upgrade completes and before any Yjs message is read. The
 * same checks as userFromRequest and sessionExpiresAt (lib/auth, lib/security) followed by
 * resolveDocAccess, with the token decoded once and the database asked once.
 */
export async function authenticateUpgrade(db: TDb, req: IncomingMessage, prefix: string): Promise<TUpgradeAuth> {
  const token = await readSessionToken(req);
  const userId = token?.sub;
  if (!token || !userId) return { status: 401 };
  // A path that does not decode is no document's name: 404, once the session is known good (else 401).
  const docName = docNameFromUrl(req.url, prefix);
  const decided = await resolveSessionDocAccess(db, userId, token.sv, docName ?? '');
  if ('status' in decided) return decided;
  if (docName === null) return { status: 404 };
  const expiresAt = typeof token.exp === 'number' ? token.exp * 1000 : null;
  return { userId, userName: decided.userName, docName, access: decided.access, expiresAt };
}

const STATUS_TEXT: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
};

/** Refuses an upgrade with a plain HTTP response and ends the socket. */
export function refuseUpgrade(socket: Duplex, status: 401 | 403 | 404 | 500): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
