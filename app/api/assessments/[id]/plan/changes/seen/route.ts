import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TSeenResponse } from '@/lib/contracts/history';
import { markPlanSeen } from '@/lib/services/history/doc-catch-up';

/** Marks the plan draft seen: what changes from now on is "changed since your last visit". */
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => {
  return (await markPlanSeen(getDb(), params.id, user)) satisfies TSeenResponse;
});
