import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TAssignmentsResponse, ZNewAssignmentSchema } from '@/lib/contracts/notifications';
import { requireAccess } from '@/lib/services/access/access';
import { createAssignments, listAssignments } from '@/lib/services/checklist/assignments';

/** Who is to answer which questions, by when (`?area=` for one area's). */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'checklist.view');
  const area = new URL(req.url).searchParams.get('area') ?? undefined;
  return { assignments: await listAssignments(db, params.id, area) } satisfies TAssignmentsResponse;
});

/** Assigns questions to a member with a due date (facilitators, or the rapporteur of the area's group). */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'checklist.view');
  const assignments = await createAssignments(db, actor, await parseBody(req, ZNewAssignmentSchema));
  return Response.json({ assignments } satisfies TAssignmentsResponse, { status: 201 });
});
