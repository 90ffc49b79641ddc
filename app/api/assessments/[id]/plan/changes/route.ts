import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TDocChangesResponse } from '@/lib/contracts/history';
import { planChanges } from '@/lib/services/history/doc-catch-up';

/** The plan draft's rows others changed since my last visit, by whom. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  return (await planChanges(getDb(), params.id, user)) satisfies TDocChangesResponse;
});
