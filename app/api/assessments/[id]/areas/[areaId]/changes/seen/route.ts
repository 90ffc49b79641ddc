import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TSeenResponse } from '@/lib/contracts/history';
import { markAreaSeen } from '@/lib/services/history/catch-up';

/** Marks the area seen: what changes from now on is "changed since your last visit". */
export const POST = authedRoute<{ id: string; areaId: string }>(async ({ params, user }) => {
  return (await markAreaSeen(getDb(), params.id, user, params.areaId)) satisfies TSeenResponse;
});
