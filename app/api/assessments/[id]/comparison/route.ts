import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TComparison } from '@/lib/contracts/monitoring';
import { requireAccess } from '@/lib/services/access/access';
import { roundComparison } from '@/lib/services/monitoring/review-round';

/**
 * For a review round: per question the previous and current evaluation and whether the answer
 * changed; `round` is null for a first round.
 */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'monitoring.view');
  return (await roundComparison(db, params.id)) satisfies TComparison;
});
