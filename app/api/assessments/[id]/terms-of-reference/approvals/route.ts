import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TTorApprovalsResponse, ZTorApprovalSchema } from '@/lib/contracts/reports';
import { requireAccess } from '@/lib/services/access/access';
import { addTorApproval, listTorApprovals } from '@/lib/services/reports/tor-approvals';

/** The approvals of the terms of reference by senior management of both sides. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  return { approvals: await listTorApprovals(db, params.id) } satisfies TTorApprovalsResponse;
});

/** Records who approved the terms of reference for one side, with their title and the date (facilitators). */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'assessment.edit');
  await addTorApproval(db, actor, await parseBody(req, ZTorApprovalSchema));
  return Response.json({ approvals: await listTorApprovals(db, params.id) } satisfies TTorApprovalsResponse, {
    status: 201,
  });
});
