import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { THistoryResponse } from '@/lib/contracts/history';
import { listHistory } from '@/lib/services/history/answer-history';

/** The versions of an answer, newest first: who, when, and whether I may restore one. */
export const GET = authedRoute<{ id: string; key: string }>(async ({ params, user }) => {
  return (await listHistory(getDb(), params.id, user, params.key)) satisfies THistoryResponse;
});
