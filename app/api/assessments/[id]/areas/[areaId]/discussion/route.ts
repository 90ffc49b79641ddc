import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TDiscussionResponse } from '@/lib/contracts/checklist';
import { requireAccess } from '@/lib/services/access/access';
import { listAreaComments } from '@/lib/services/checklist/comments';
import { listAreaEvidence } from '@/lib/services/checklist/evidence';

/** The comments and evidence on every question of one area. */
export const GET = authedRoute<{ id: string; areaId: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'checklist.view');
  const [comments, evidence] = await Promise.all([
    listAreaComments(db, params.id, params.areaId),
    listAreaEvidence(db, params.id, params.areaId),
  ]);
  return { comments, evidence } satisfies TDiscussionResponse;
});
