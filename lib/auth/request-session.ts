import type { IncomingMessage } from 'node:http';
import { parse as parseCookie } from 'cookie';
import { type JWT, getToken } from 'next-auth/jwt';
import { env } from '../config/env';
import type { TDb } from '../db/client';
import { type TSessionUser, resolveSessionUser } from './current-user';

/** Parses a Cookie header into a name → value record. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  // A name sent twice keeps its first value: browsers send the cookie of the longest path first.
  for (const [name, value] of Object.entries(parseCookie(header ?? '')))
    if (name && value !== undefined) out[name] = value;
  return out;
}

/**
 * The next-auth session token of a raw Node request (a WebSocket upgrade, a socket.io
 * handshake), decoded and verified; null without a valid one. The one place that reads it:
 * the sync server, the live room and the expiry watch all come here.
 */
export async function readSessionToken(req: IncomingMessage): Promise<JWT | null> {
  const { NEXTAUTH_SECRET: secret, NEXTAUTH_URL } = env();
  if (!secret) return null;
  // next-auth names the cookie `__Secure-…` when the app is served over https.
  const secureCookie = (NEXTAUTH_URL ?? '').startsWith('https://');
  try {
    // getToken's request type is Next's; it reads only `cookies` and `headers`, and `cookies`
    // must be parsed already (see docs/pitfalls.md, "Reading the next-auth session outside Next").
    const tokenReq = { cookies: parseCookies(req.headers.cookie), headers: req.headers } as unknown as Parameters<
      typeof getToken
    >[0]['req'];
    return await getToken({ req: tokenReq, secret, secureCookie });
  } catch {
    return null;
  }
}

/** The user of a raw Node request, from its next-auth session cookie; null without a current session. */
export async function userFromRequest(db: TDb, req: IncomingMessage): Promise<TSessionUser | null> {
  const token = await readSessionToken(req);
  try {
    return token ? await resolveSessionUser(db, token.sub, token.sv) : null;
  } catch {
    return null;
  }
}
