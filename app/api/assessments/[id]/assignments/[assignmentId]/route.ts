import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TAssignmentResponse, ZAssignmentUpdateSchema } from '@/lib/contracts/notifications';
import { requireAccess } from '@/lib/services/access/access';
import { deleteAssignment, updateAssignment } from '@/lib/services/checklist/assignments';
import type { TOkResponse } from '@/lib/contracts/shared';

type P = { id: string; assignmentId: string };

/** Another assignee or due date. */
export const PATCH = authedRoute<P>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'checklist.view');
  const input = await parseBody(req, ZAssignmentUpdateSchema);
  return { assignment: await updateAssignment(db, actor, params.assignmentId, input) } satisfies TAssignmentResponse;
});

/** Withdraws an assignment. */
export const DELETE = authedRoute<P>(async ({ params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'checklist.view');
  await deleteAssignment(db, actor, params.assignmentId);
  return { ok: true } satisfies TOkResponse;
});
