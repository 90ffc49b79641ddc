import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { updateActivity } from '@/lib/services/priorities/candidate-activity-changes';
import { ZActivityPatchSchema } from '@/lib/contracts/priorities';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Edits, withdraws or restores a candidate activity (facilitators). */
export const PATCH = authedRoute<{ id: string; activityId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'session.run');
  await updateActivity(db, membership, params.activityId, await parseBody(req, ZActivityPatchSchema));
  return { ok: true } satisfies TOkResponse;
});
