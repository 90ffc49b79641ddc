import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { reviewIndicatorsWithPrevious, setReviewIndicator } from '@/lib/services/monitoring/review-indicators';
import { type TReviewIndicatorsResponse, ZReviewIndicatorSchema } from '@/lib/contracts/review-indicators';

/** Part VI's indicators of success recorded in this round, with the previous round's. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'monitoring.view');
  return (await reviewIndicatorsWithPrevious(db, params.id)) satisfies TReviewIndicatorsResponse;
});

/** Records the group's observation, direction and source for one indicator in this round. */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'evaluation.edit');
  const input = await parseBody(req, ZReviewIndicatorSchema);
  await setReviewIndicator(db, actor, input);
  return (await reviewIndicatorsWithPrevious(db, params.id)) satisfies TReviewIndicatorsResponse;
});
