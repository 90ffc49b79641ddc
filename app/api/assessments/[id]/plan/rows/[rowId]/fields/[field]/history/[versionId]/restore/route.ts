import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TRestoreResponse } from '@/lib/contracts/history';
import { restoreFieldVersion } from '@/lib/services/history/plan-field-history';

type TParams = { id: string; rowId: string; field: string; versionId: string };

/** Brings an earlier version of a plan field back as a new change, seen live by everyone editing the plan. */
export const POST = authedRoute<TParams>(async ({ params, user }) => {
  const { id, rowId, field, versionId } = params;
  return (await restoreFieldVersion(getDb(), id, user, rowId, field, versionId)) satisfies TRestoreResponse;
});
