import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { userFromRequest } from '../../lib/auth/request-session';
import type { TSessionUser } from '../../lib/auth/current-user';
import type { TDb } from '../../lib/db/client';
import { resolveDocAccess } from './access';

/** The outcome of authenticating an upgrade: who, which document and what they may do, or an HTTP status. */
export type TUpgradeAuth = { user: TSessionUser; docName: string; access: 'write' | 'read' } | { status: 401 | 403 | 404 };

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
 * document in its path, before the upgrade completes and before any Yjs message is read.
 */
export async function authenticateUpgrade(db: TDb, req: IncomingMessage, prefix: string): Promise<TUpgradeAuth> {
  const user = await userFromRequest(db, req);
  if (!user) return { status: 401 };
  const docName = docNameFromUrl(req.url, prefix);
  if (docName === null) return { status: 404 };
  const access = await resolveDocAccess(db, user, docName);
  return typeof access === 'string' ? { user, docName, access } : access;
}

const STATUS_TEXT: Record<number, string> = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error' };

/** Refuses an upgrade with a plain HTTP response and ends the socket. */
export function refuseUpgrade(socket: Duplex, status: 401 | 403 | 404 | 500): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
