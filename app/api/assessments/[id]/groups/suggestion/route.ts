import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { suggestGroupAllocation } from '@/lib/services/workshop/group-overview';

/** A balanced allocation of the scope's areas to the current groups, for the facilitators to apply or not. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'groups.manage');
  return suggestGroupAllocation(db, params.id);
});
