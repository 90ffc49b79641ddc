import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { listProgressUpdates } from '@/lib/services/monitoring/monitoring';
import { addProgressUpdate } from '@/lib/services/monitoring/monitoring-tracking';
import {
  type TProgressUpdateResponse,
  type TProgressUpdatesResponse,
  ZProgressUpdateSchema,
} from '@/lib/contracts/monitoring';

/** An adopted activity's progress updates, newest first. */
export const GET = authedRoute<{ id: string; activityId: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'monitoring.view');
  return { updates: await listProgressUpdates(db, params.id, params.activityId) } satisfies TProgressUpdatesResponse;
});

/** A dated progress update with its note: the activity's owner or a facilitator (checked per activity). */
export const POST = authedRoute<{ id: string; activityId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'monitoring.report');
  const input = await parseBody(req, ZProgressUpdateSchema);
  const update = await addProgressUpdate(db, actor, params.activityId, input);
  return Response.json({ update } satisfies TProgressUpdateResponse, { status: 201 });
});
