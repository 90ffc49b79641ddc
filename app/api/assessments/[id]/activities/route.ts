import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { listActivities } from '@/lib/services/priorities/candidate-activities';
import { createActivity } from '@/lib/services/priorities/candidate-activity-changes';
import { type TActivitiesResponse, ZNewActivitySchema } from '@/lib/contracts/priorities';
import type { TCreatedResponse } from '@/lib/contracts/shared';

/** Every candidate activity, withdrawn and merged ones included, with their sources. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  return { activities: await listActivities(db, params.id) } satisfies TActivitiesResponse;
});

/** Adds a candidate activity directly (facilitators). */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'session.run');
  const id = await createActivity(db, membership, await parseBody(req, ZNewActivitySchema));
  return Response.json({ id } satisfies TCreatedResponse, { status: 201 });
});
