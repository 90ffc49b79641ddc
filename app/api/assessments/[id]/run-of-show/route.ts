import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TRunOfShow } from '@/lib/contracts/sessions';
import { requireAccess } from '@/lib/services/access/access';
import { readRunOfShow } from '@/lib/services/workshop/run-of-show';

/** The run of show: the current or next session item by item, and each group's page and progress (members). */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  return (await readRunOfShow(db, params.id)) satisfies TRunOfShow;
});
