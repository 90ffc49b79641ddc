import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { recordMeasurement } from '@/lib/services/monitoring/monitoring-kpi';
import { ZMeasurementSchema } from '@/lib/contracts/monitoring';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Records one KPI value for one period (replacing a value already given for that period). */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'kpi.measure');
  const input = await parseBody(req, ZMeasurementSchema);
  await recordMeasurement(db, actor, input);
  return Response.json({ ok: true } satisfies TOkResponse, { status: 201 });
});
