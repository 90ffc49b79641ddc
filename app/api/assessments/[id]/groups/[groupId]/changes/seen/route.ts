import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TSeenResponse } from '@/lib/contracts/history';
import { markGroupSeen } from '@/lib/services/history/doc-catch-up';

/** Marks the group's findings seen: what changes from now on is "changed since your last visit". */
export const POST = authedRoute<{ id: string; groupId: string }>(async ({ params, user }) => {
  return (await markGroupSeen(getDb(), params.id, user, params.groupId)) satisfies TSeenResponse;
});
