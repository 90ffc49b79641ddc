import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { groupsOverview } from '@/lib/services/workshop/group-overview';
import { createGroup } from '@/lib/services/workshop/groups';
import { ZCreateGroupSchema, type TGroupsOverview } from '@/lib/contracts/workshop';

/** Every breakout group with its areas, members and rapporteur, and the areas no group holds yet. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'members.view');
  return (await groupsOverview(db, params.id)) satisfies TGroupsOverview;
});

/** Creates an empty breakout group. */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'groups.manage');
  const { name } = await parseBody(req, ZCreateGroupSchema);
  const id = await createGroup(db, params.id, me, name);
  return Response.json({ group: { id, name } }, { status: 201 });
});
