import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { DomainError } from '@/lib/domain/shared/errors';
import { requireAccess } from '@/lib/services/access/access';
import { type TNewPlan, ZContinuitySchema } from '@/lib/contracts/review';
import { newPlan, setContinuity } from '@/lib/services/monitoring/plan-continuity';

async function sortedPlan(assessmentId: string): Promise<TNewPlan> {
  const plan = await newPlan(getDb(), assessmentId);
  if (!plan) throw new DomainError('review_round.not_a_round');
  return plan;
}

/** The round's new plan: the previous plan's activities continued, varied, not carried or to sort, and the new ones. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  await requireAccess(getDb(), params.id, user, 'monitoring.view');
  return (await sortedPlan(params.id)) satisfies TNewPlan;
});

/** Sorts one activity of the previous plan (facilitators); answers the new plan as now sorted. */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'round.start');
  await setContinuity(db, actor, await parseBody(req, ZContinuitySchema));
  return (await sortedPlan(params.id)) satisfies TNewPlan;
});
