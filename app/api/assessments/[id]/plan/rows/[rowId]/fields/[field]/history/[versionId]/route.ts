import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TVersionViewResponse } from '@/lib/contracts/history';
import { viewFieldVersion } from '@/lib/services/history/plan-field-history';

type TParams = { id: string; rowId: string; field: string; versionId: string };

/** One version of a plan field, and the field now with what changed since marked by author. */
export const GET = authedRoute<TParams>(async ({ params, user }) => {
  const { id, rowId, field, versionId } = params;
  return (await viewFieldVersion(getDb(), id, user, rowId, field, versionId)) satisfies TVersionViewResponse;
});
