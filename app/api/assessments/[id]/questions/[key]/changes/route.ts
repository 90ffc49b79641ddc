import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TQuestionDiffResponse } from '@/lib/contracts/history';
import { questionChanges } from '@/lib/services/history/catch-up';

/** The answer now, with what others added and deleted since my last visit of its area marked by author. */
export const GET = authedRoute<{ id: string; key: string }>(async ({ params, user }) => {
  return (await questionChanges(getDb(), params.id, user, params.key)) satisfies TQuestionDiffResponse;
});
