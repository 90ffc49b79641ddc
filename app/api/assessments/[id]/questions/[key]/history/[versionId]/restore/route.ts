import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TRestoreResponse } from '@/lib/contracts/history';
import { restoreVersion } from '@/lib/services/history/answer-history';

/** Brings an earlier version of the answer back as a new change, seen live by everyone editing. */
export const POST = authedRoute<{ id: string; key: string; versionId: string }>(async ({ params, user }) => {
  return (await restoreVersion(getDb(), params.id, user, params.key, params.versionId)) satisfies TRestoreResponse;
});
