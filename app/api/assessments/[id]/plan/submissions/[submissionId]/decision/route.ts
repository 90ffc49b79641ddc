import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { decideOnPlan } from '@/lib/services/plan/plan-adoption';
import { type TSubmissionResponse, ZPlanDecisionSchema } from '@/lib/contracts/plan';

/** A named approver approves the submission or asks for changes with a comment. */
export const POST = authedRoute<{ id: string; submissionId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'plan.adopt');
  const input = await parseBody(req, ZPlanDecisionSchema);
  return { submission: await decideOnPlan(db, actor, params.submissionId, input) } satisfies TSubmissionResponse;
});
