import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { isFacilitator } from '@/lib/domain/access/roles';
import { requireAccess } from '@/lib/services/access/access';
import { feedbackState, feedbackSummary, submitFeedback } from '@/lib/services/reports/feedback';
import { type TFeedbackState, type TFeedbackView, ZFeedbackResponseSchema } from '@/lib/contracts/reports';

/** The survey's state; facilitators also get the answers (named only in a named survey). */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'assessment.view');
  const state = await feedbackState(db, params.id, user.id);
  return (
    isFacilitator(membership.role) ? { ...state, summary: await feedbackSummary(db, params.id, true) } : state
  ) satisfies TFeedbackView;
});

/** Records this member's answers (once). */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'assessment.view');
  await submitFeedback(db, membership, await parseBody(req, ZFeedbackResponseSchema));
  return (await feedbackState(db, params.id, user.id)) satisfies TFeedbackState;
});
