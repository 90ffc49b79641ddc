import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { mergeActivities } from '@/lib/services/priorities/candidate-activity-changes';
import { ZMergeSchema } from '@/lib/contracts/priorities';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Merges duplicates into this activity, which keeps all their sources (facilitators). */
export const POST = authedRoute<{ id: string; activityId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'session.run');
  await mergeActivities(db, membership, params.activityId, await parseBody(req, ZMergeSchema));
  return { ok: true } satisfies TOkResponse;
});
