import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TTorApprovalsResponse } from '@/lib/contracts/reports';
import { requireAccess } from '@/lib/services/access/access';
import { listTorApprovals, removeTorApproval } from '@/lib/services/reports/tor-approvals';

/** Removes an approval recorded by mistake (facilitators). */
export const DELETE = authedRoute<{ id: string; approvalId: string }>(async ({ params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'assessment.edit');
  await removeTorApproval(db, actor, params.approvalId);
  return { approvals: await listTorApprovals(db, params.id) } satisfies TTorApprovalsResponse;
});
