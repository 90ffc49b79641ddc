import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TUnreadResponse, ZMarkReadSchema } from '@/lib/contracts/notifications';
import { markRead } from '@/lib/services/notifications/inbox';

/** Marks some of my notifications (`{ ids }`) or all of them (`{ all: true }`) read. */
export const POST = authedRoute(async ({ req, user }) => {
  const db = getDb();
  const unread = await markRead(db, user.id, await parseBody(req, ZMarkReadSchema));
  return { unread } satisfies TUnreadResponse;
});
