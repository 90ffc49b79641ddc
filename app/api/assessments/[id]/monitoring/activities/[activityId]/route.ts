import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { updateTracking } from '@/lib/services/monitoring/monitoring-tracking';
import { ZTrackingSchema } from '@/lib/contracts/monitoring';
import type { TOkResponse } from '@/lib/contracts/shared';

/**
 * Sets an adopted activity's status, percentage, dates and dependencies: its owner or a facilitator
 * (checked per activity).
 */
export const PUT = authedRoute<{ id: string; activityId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'monitoring.report');
  const input = await parseBody(req, ZTrackingSchema);
  await updateTracking(db, actor, params.activityId, input);
  return { ok: true } satisfies TOkResponse;
});
