import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { importMeasurementsCsv } from '@/lib/services/monitoring/monitoring-kpi';
import { type TCsvImportResponse, ZCsvImportSchema } from '@/lib/contracts/monitoring';

/** Imports measurements from CSV text: all rows or none; a refusal lists each wrong row (`row <n>`) and why. */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'kpi.measure');
  // Room for the schema's million characters, each up to three bytes of UTF-8 in the JSON.
  const { csv } = await parseBody(req, ZCsvImportSchema, 4 * 1024 * 1024);
  return Response.json((await importMeasurementsCsv(db, actor, csv)) satisfies TCsvImportResponse, { status: 201 });
});
