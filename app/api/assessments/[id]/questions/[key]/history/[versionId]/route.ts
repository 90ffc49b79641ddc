import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TVersionViewResponse } from '@/lib/contracts/history';
import { viewVersion } from '@/lib/services/history/answer-history';

/** One version of an answer, and the answer now with what changed since marked by author. */
export const GET = authedRoute<{ id: string; key: string; versionId: string }>(async ({ params, user }) => {
  return (await viewVersion(getDb(), params.id, user, params.key, params.versionId)) satisfies TVersionViewResponse;
});
