import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TGroupSuggestion } from '@/lib/contracts/workshop';
import { getLocale } from '@/lib/i18n/server';
import { requireAccess } from '@/lib/services/access/access';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { suggestGroupAllocation } from '@/lib/services/workshop/group-overview';

/**
 * A balanced allocation of the scope's areas to the current groups, for the facilitators to apply
 * or not; the areas are named in the member's language.
 */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'groups.manage');
  const names = await guideNames(db, params.id, await getLocale());
  return (await suggestGroupAllocation(db, params.id, names.area)) satisfies TGroupSuggestion;
});
