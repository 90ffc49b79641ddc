import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TMyWorkshopResponse } from '@/lib/contracts/assessments';
import { requireAccess } from '@/lib/services/access/access';
import { myWorkshop } from '@/lib/services/assessments/my-workshop';

/** The signed-in member's place in the workshop: role, group, areas, next session and open tasks. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'assessment.view');
  return (await myWorkshop(db, me)) satisfies TMyWorkshopResponse;
});
