import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { activityLog, addActivityEntry } from '@/lib/services/library/activity-log';
import { type TActivityLogResponse, ZActivityEntrySchema } from '@/lib/contracts/library';
import type { TCreatedResponse } from '@/lib/contracts/shared';

/** The step 3 and 4 activity log: document reviews, interviews, field visits and meetings, with who took part. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  return { entries: await activityLog(db, params.id) } satisfies TActivityLogResponse;
});

/** Records an activity (facilitators). */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'steps.edit');
  const id = await addActivityEntry(db, member, await parseBody(req, ZActivityEntrySchema));
  return Response.json({ id } satisfies TCreatedResponse, { status: 201 });
});
