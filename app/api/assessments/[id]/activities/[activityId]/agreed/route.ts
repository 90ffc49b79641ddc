import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { setAgreedPriority } from '@/lib/services/priorities/candidate-activity-changes';
import { ZAgreedSchema } from '@/lib/contracts/priorities';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Sets (or clears) the priority the group agreed for this activity, with the reason (facilitators). */
export const PUT = authedRoute<{ id: string; activityId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'session.run');
  await setAgreedPriority(db, membership, params.activityId, await parseBody(req, ZAgreedSchema));
  return { ok: true } satisfies TOkResponse;
});
