import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { getLocale } from '@/lib/i18n/server';
import { requireAccess } from '@/lib/services/access/access';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { groupsOverview } from '@/lib/services/workshop/group-overview';
import { createGroup } from '@/lib/services/workshop/groups';
import { groupsFor } from '@/lib/services/workshop/meeting-links';
import { ZCreateGroupSchema, type TGroupCreatedResponse, type TGroupsOverview } from '@/lib/contracts/workshop';

/**
 * Every breakout group with its areas, members, rapporteur and meeting link (the member's own
 * group's, or every group's for those who manage them), and the areas no group holds yet, named in
 * the member's language as the groups page shows them.
 */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'members.view');
  const names = await guideNames(db, params.id, await getLocale());
  return groupsFor(await groupsOverview(db, params.id, undefined, names.area), me) satisfies TGroupsOverview;
});

/** Creates an empty breakout group, with its video-meeting link if given. */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'groups.manage');
  const { name, meetingUrl = null } = await parseBody(req, ZCreateGroupSchema);
  const id = await createGroup(db, params.id, me, name, meetingUrl);
  return Response.json({ group: { id, name, meetingUrl } } satisfies TGroupCreatedResponse, { status: 201 });
});
