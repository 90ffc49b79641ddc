import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TKpiSheetResponse } from '@/lib/contracts/plan';
import { missingMandatoryFields } from '@/lib/domain/plan/kpi-sheet';
import { requireAccess } from '@/lib/services/access/access';
import { fillKpiSheetFromExample } from '@/lib/services/plan/kpi';

/** Fills an empty KPI sheet with the guide's Annex 11 example. */
export const POST = authedRoute<{ id: string; kpiId: string }>(async ({ params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'plan.edit');
  const kpi = await fillKpiSheetFromExample(db, actor, params.kpiId);
  return { kpi, missing: missingMandatoryFields(kpi) } satisfies TKpiSheetResponse;
});
