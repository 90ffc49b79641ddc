import { authedRoute } from '@/lib/api/route';
import { ApiError } from '@/lib/api/errors';
import { getDb } from '@/lib/db/client';
import { isQuestionKey } from '@/lib/domain/checklist/checklist-adaptation';
import { requireAccess } from '@/lib/services/access/access';
import { whereUsed } from '@/lib/services/plan/plan';

/** Where a checklist question (`?question=transparency.20`, or an added `transparency.a1`) ends up in the plan, through its agreed activities. */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  const key = new URL(req.url).searchParams.get('question') ?? '';
  if (!isQuestionKey(key)) throw new ApiError(400, 'Name a checklist question, e.g. ?question=transparency.20 (or transparency.a1 for an added one).');
  return { question: key, candidates: await whereUsed(db, params.id, key) };
});
