import type { IncomingMessage } from 'node:http';
import { readSessionToken } from '../auth/request-session';

/**
 * When the next-auth session on a raw request (WebSocket upgrade, socket.io handshake) expires,
 * in epoch milliseconds; null without a readable token or without `exp`.
 */
export async function sessionExpiresAt(req: IncomingMessage): Promise<number | null> {
  const token = await readSessionToken(req);
  return typeof token?.exp === 'number' ? token.exp * 1000 : null;
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
