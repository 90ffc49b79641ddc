import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { deleteGroup, updateGroup } from '@/lib/services/workshop/groups';
import { ZUpdateGroupSchema } from '@/lib/contracts/workshop';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Renames a group, replaces its members, picks its rapporteur and/or sets its video-meeting link. */
export const PATCH = authedRoute<{ id: string; groupId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'groups.manage');
  const input = await parseBody(req, ZUpdateGroupSchema);
  await updateGroup(db, params.id, me, params.groupId, input);
  return { ok: true } satisfies TOkResponse;
});

/** Deletes a group; its areas become unallocated. */
export const DELETE = authedRoute<{ id: string; groupId: string }>(async ({ params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'groups.manage');
  await deleteGroup(db, params.id, me, params.groupId);
  return { ok: true } satisfies TOkResponse;
});
