import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TDocChangesResponse } from '@/lib/contracts/history';
import { groupChanges } from '@/lib/services/history/doc-catch-up';

/** The group's findings others changed since my last visit, by whom. */
export const GET = authedRoute<{ id: string; groupId: string }>(async ({ params, user }) => {
  return (await groupChanges(getDb(), params.id, user, params.groupId)) satisfies TDocChangesResponse;
});
