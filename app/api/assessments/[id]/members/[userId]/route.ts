import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { changeRole, removeMember } from '@/lib/services/accounts/members';
import { ZRoleChangeSchema } from '@/lib/contracts/accounts';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Changes a member's role. */
export const PATCH = authedRoute<{ id: string; userId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'members.manage');
  const { role } = await parseBody(req, ZRoleChangeSchema);
  await changeRole(db, params.id, me, params.userId, role);
  return { ok: true } satisfies TOkResponse;
});

/** Removes a member from the assessment. */
export const DELETE = authedRoute<{ id: string; userId: string }>(async ({ params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'members.manage');
  await removeMember(db, params.id, me, params.userId);
  return { ok: true } satisfies TOkResponse;
});
