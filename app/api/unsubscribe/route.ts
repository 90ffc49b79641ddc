import { errorBody, tooManyRequests } from '@/lib/api/route';
import type { TUnsubscribeResponse } from '@/lib/contracts/notifications';
import { DomainError } from '@/lib/domain/shared/errors';
import { getDb } from '@/lib/db/client';
import { clientAddressKey } from '@/lib/security/client-address';
import { takeSharedToken } from '@/lib/security/rate-limit-redis';
import { PUBLIC_ADDRESS_LIMIT } from '@/lib/security/rate-limit';
import { readUnsubscribeToken } from '@/lib/services/notifications/unsubscribe';
import { stopMail } from '@/lib/services/notifications/settings';

/**
 * One-click unsubscribe (RFC 8058): the mail's List-Unsubscribe-Post arrives from the recipient's
 * mail provider, form-encoded and without a session or Origin, and the unsubscribe page posts
 * here too. The signed token is the authority: it names one member and one kind, and only stops
 * mail of that kind.
 */
export async function POST(req: Request): Promise<Response> {
  const rate = await takeSharedToken(`unsubscribe:${clientAddressKey(req)}`, PUBLIC_ADDRESS_LIMIT);
  if (!rate.ok) return tooManyRequests(rate.retryAfterSeconds);
  const target = readUnsubscribeToken(new URL(req.url).searchParams.get('token') ?? '');
  if (!target || !(await stopMail(getDb(), target.userId, target.kind)))
    return Response.json(errorBody(new DomainError('unsubscribe.invalid')), { status: 400 });
  return Response.json({ ok: true, kind: target.kind } satisfies TUnsubscribeResponse);
}
