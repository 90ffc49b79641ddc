import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TVersionsResponse } from '@/lib/contracts/history';
import { listFieldHistory } from '@/lib/services/history/plan-field-history';

type TParams = { id: string; rowId: string; field: string };

/** The versions of a plan row's text field, newest first: who, when, and whether I may restore one. */
export const GET = authedRoute<TParams>(async ({ params, user }) => {
  const { id, rowId, field } = params;
  return (await listFieldHistory(getDb(), id, user, rowId, field)) satisfies TVersionsResponse;
});
