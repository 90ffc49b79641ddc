import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { priorities } from '@/lib/services/priorities/priorities';
import type { TPriorities } from '@/lib/contracts/priorities';

/** The activities with sources, aggregated ratings per criterion, combined score, rank and agreed priority. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  return (await priorities(db, params.id)) satisfies TPriorities;
});
