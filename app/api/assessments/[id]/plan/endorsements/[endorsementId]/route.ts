import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TEndorsementsResponse } from '@/lib/contracts/plan';
import { requireAccess } from '@/lib/services/access/access';
import { listEndorsements, removeEndorsement } from '@/lib/services/plan/plan-endorsements';

/** Removes an endorsement recorded by mistake (facilitators). */
export const DELETE = authedRoute<{ id: string; endorsementId: string }>(async ({ params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'assessment.edit');
  await removeEndorsement(db, actor, params.endorsementId);
  return { endorsements: await listEndorsements(db, params.id) } satisfies TEndorsementsResponse;
});
