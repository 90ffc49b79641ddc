import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { gatherFromFindings } from '@/lib/services/priorities/candidate-activity-changes';
import type { TGatherResponse } from '@/lib/contracts/priorities';

/** Gathers the groups' proposed activities as candidates; running it again adds only new ones. */
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'session.run');
  return (await gatherFromFindings(db, membership)) satisfies TGatherResponse;
});
