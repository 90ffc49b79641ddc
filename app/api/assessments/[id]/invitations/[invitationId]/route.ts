import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { revokeInvitation } from '@/lib/services/accounts/invitations';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Withdraws a pending invitation. */
export const DELETE = authedRoute<{ id: string; invitationId: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'members.invite');
  await revokeInvitation(db, params.id, params.invitationId, user.id);
  return { ok: true } satisfies TOkResponse;
});
