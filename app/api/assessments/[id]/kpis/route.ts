import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { ZNewKpiSheetSchema, type TKpiSheetsResponse, type TNewKpiSheetResponse } from '@/lib/contracts/plan';
import { requireAccess } from '@/lib/services/access/access';
import { createKpiSheet, listKpiSheets } from '@/lib/services/plan/kpi';

/** Every KPI metadata sheet of the assessment. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  return { kpis: await listKpiSheets(db, params.id) } satisfies TKpiSheetsResponse;
});

/** A new KPI sheet, blank or from the guide's Annex 11 example. */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'plan.edit');
  const { template } = await parseBody(req, ZNewKpiSheetSchema);
  const kpi = await createKpiSheet(db, actor, template);
  return Response.json({ kpi } satisfies TNewKpiSheetResponse, { status: 201 });
});
