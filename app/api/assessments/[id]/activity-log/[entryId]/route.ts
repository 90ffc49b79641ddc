import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { removeActivityEntry } from '@/lib/services/library/activity-log';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Removes a recorded activity (facilitators). */
export const DELETE = authedRoute<{ id: string; entryId: string }>(async ({ params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'steps.edit');
  await removeActivityEntry(db, member, params.entryId);
  return { ok: true } satisfies TOkResponse;
});
