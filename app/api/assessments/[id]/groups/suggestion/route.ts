import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TGroupSuggestion } from '@/lib/contracts/workshop';
import { requireAccess } from '@/lib/services/access/access';
import { suggestGroupAllocation } from '@/lib/services/workshop/group-overview';

/** A balanced allocation of the scope's areas to the current groups, for the facilitators to apply or not. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'groups.manage');
  return (await suggestGroupAllocation(db, params.id)) satisfies TGroupSuggestion;
});
