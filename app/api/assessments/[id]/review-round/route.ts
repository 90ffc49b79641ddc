import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { type TStartRoundResponse, ZStartRoundSchema } from '@/lib/contracts/monitoring';
import { startReviewRound } from '@/lib/services/monitoring/review-round';

/** Starts the next round (a new assessment) from this one, answers and open activities carried over by choice. */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'round.start');
  const input = await parseBody(req, ZStartRoundSchema);
  return Response.json({ assessmentId: await startReviewRound(db, actor, input) } satisfies TStartRoundResponse, {
    status: 201,
  });
});
