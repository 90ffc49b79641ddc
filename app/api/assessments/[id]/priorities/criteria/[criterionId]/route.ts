import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { removeCriterion } from '@/lib/services/priorities/added-criteria-changes';
import type { TAddedCriteriaResponse } from '@/lib/contracts/priorities';

/** Removes an added criterion that no round has put to the vote yet (facilitators). */
export const DELETE = authedRoute<{ id: string; criterionId: string }>(async ({ params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'session.run');
  return { criteria: await removeCriterion(db, membership, params.criterionId) } satisfies TAddedCriteriaResponse;
});
