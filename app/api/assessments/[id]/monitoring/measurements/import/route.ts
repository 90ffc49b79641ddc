import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access';
import { importMeasurementsCsv } from '@/lib/services/monitoring-kpi';
import { ZCsvImportSchema } from '@/lib/services/monitoring.schema';

/** Imports measurements from CSV text: all rows or none; a refusal lists each wrong row (`row <n>`) and why. */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'kpi.measure');
  const { csv } = await parseBody(req, ZCsvImportSchema);
  return Response.json(await importMeasurementsCsv(db, actor, csv), { status: 201 });
});
