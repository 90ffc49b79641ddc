import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { ZKpiSheetInputSchema, type TKpiSheetResponse } from '@/lib/contracts/plan';
import { missingMandatoryFields } from '@/lib/domain/plan/kpi-sheet';
import { requireAccess } from '@/lib/services/access/access';
import { getKpiSheet, updateKpiSheet } from '@/lib/services/plan/kpi';

/** One KPI sheet with the mandatory fields it still misses. */
export const GET = authedRoute<{ id: string; kpiId: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  const kpi = await getKpiSheet(db, params.id, params.kpiId);
  return { kpi, missing: missingMandatoryFields(kpi) } satisfies TKpiSheetResponse;
});

/** Replaces a KPI sheet's content. */
export const PUT = authedRoute<{ id: string; kpiId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'plan.edit');
  const kpi = await updateKpiSheet(db, actor, params.kpiId, await parseBody(req, ZKpiSheetInputSchema));
  return { kpi, missing: missingMandatoryFields(kpi) } satisfies TKpiSheetResponse;
});
