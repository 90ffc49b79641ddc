import type { IncomingMessage } from 'node:http';
import { getToken } from 'next-auth/jwt';
import { parseCookies } from '../auth/request-session';

/**
 * When the next-auth session on a raw request (WebSocket upgrade, socket.io handshake) expires,
 * in epoch milliseconds; null without a readable token or without `exp`.
 */
export async function sessionExpiresAt(req: IncomingMessage): Promise<number | null> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  const secureCookie = (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
  try {
    // getToken's request type is Next's; it reads only `cookies` and `headers` (see
    // docs/pitfalls.md, "Reading the next-auth session outside Next").
    const tokenReq = { cookies: parseCookies(req.headers.cookie), headers: req.headers } as unknown as Parameters<typeof getToken>[0]['req'];
    const token = await getToken({ req: tokenReq, secret, secureCookie });
    return typeof token?.exp === 'number' ? token.exp * 1000 : null;
  } catch {
    return null;
  }
}

// setTimeout fires at once for delays past 2^31-1 ms (about 24.8 days); longer waits re-arm.
const MAX_DELAY = 2 ** 31 - 1;

/** Calls `onExpiry` once `expiresAt` (epoch ms) has passed; returns the function that cancels it. */
export function onSessionExpiry(expiresAt: number, onExpiry: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    const wait = expiresAt - Date.now();
    if (wait <= 0) return onExpiry();
    timer = setTimeout(arm, Math.min(wait, MAX_DELAY));
    // An open connection, not this timer, is what keeps a server alive.
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}
