import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TMyWorkshopResponse } from '@/lib/contracts/assessments';
import { getLocale } from '@/lib/i18n/server';
import { requireAccess } from '@/lib/services/access/access';
import { myWorkshop } from '@/lib/services/assessments/my-workshop';
import { guideNames } from '@/lib/services/checklist/guide-names';

/**
 * The signed-in member's place in the workshop: role, group, areas (named in their language), next
 * session and open tasks.
 */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'assessment.view');
  const names = await guideNames(db, params.id, await getLocale());
  return (await myWorkshop(db, me, new Date(), names.area)) satisfies TMyWorkshopResponse;
});
