import crypto from 'node:crypto';
import { env } from '../../config/env';
import { NOTIFICATION_KINDS, type TNotificationKind } from '../../contracts/notifications';

// One-click unsubscribe (RFC 8058): the link in a mail names the member and the kind, signed with
// the site's secret so that nobody can turn off someone else's mail by guessing.

function signature(userId: string, kind: string): string {
  return crypto
    .createHmac('sha256', env().NEXTAUTH_SECRET ?? '')
    .update(`unsubscribe:${userId}:${kind}`)
    .digest('base64url');
}

/** The token a mail's unsubscribe link carries. */
export function unsubscribeToken(userId: string, kind: TNotificationKind): string {
  return `${userId}.${kind}.${signature(userId, kind)}`;
}

/** The member and kind a token names, or null when it was not signed by this site. */
export function readUnsubscribeToken(token: string): { userId: string; kind: TNotificationKind } | null {
  const [userId, kind, sig] = token.split('.');
  if (!userId || !kind || !sig || !(NOTIFICATION_KINDS as readonly string[]).includes(kind)) return null;
  const expected = Buffer.from(signature(userId, kind));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  return { userId, kind: kind as TNotificationKind };
}
