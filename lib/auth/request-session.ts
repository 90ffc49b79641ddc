import type { IncomingMessage } from 'node:http';
import { parse as parseCookie } from 'cookie';
import { getToken } from 'next-auth/jwt';
import type { TDb } from '../db/client';
import { type TSessionUser, resolveSessionUser } from './current-user';

/** Parses a Cookie header into a name → value record. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  // A name sent twice keeps its first value: browsers send the cookie of the longest path first.
  for (const [name, value] of Object.entries(parseCookie(header ?? ''))) if (name && value !== undefined) out[name] = value;
  return out;
}

/**
 * The user of a raw Node request (a WebSocket upgrade or a socket.io handshake), read from
 * the next-auth session cookie. getToken reads `req.cookies` only, so they are parsed here.
 */
export async function userFromRequest(db: TDb, req: IncomingMessage): Promise<TSessionUser | null> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  const cookies = parseCookies(req.headers.cookie);
  const secureCookie = (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
  try {
    // getToken's request type is Next's; it reads only `cookies` and `headers`.
    const tokenReq = { cookies, headers: req.headers } as unknown as Parameters<typeof getToken>[0]['req'];
    const token = await getToken({ req: tokenReq, secret, secureCookie });
    return token ? await resolveSessionUser(db, token.sub, token.sv) : null;
  } catch {
    return null;
  }
}
