import { authedRoute } from '@/lib/api/route';
import { DomainError } from '@/lib/domain/shared/errors';
import { getDb } from '@/lib/db/client';
import type { TWhereUsedResponse } from '@/lib/contracts/plan';
import { isQuestionKey } from '@/lib/domain/checklist/checklist-adaptation';
import { requireAccess } from '@/lib/services/access/access';
import { whereUsed } from '@/lib/services/plan/plan';

/**
 * Where a checklist question (`?question=transparency.20`, or an added `transparency.a1`) ends up
 * in the plan, through its agreed activities.
 */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  const key = new URL(req.url).searchParams.get('question') ?? '';
  if (!isQuestionKey(key)) throw new DomainError('question.where_used_key');
  return { question: key, candidates: await whereUsed(db, params.id, key) } satisfies TWhereUsedResponse;
});
