import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TPlanExampleResponse } from '@/lib/contracts/plan';
import { requireAccess } from '@/lib/services/access/access';
import { prepareExamplePlan } from '@/lib/services/plan/plan-example';

/** Readies the guide's Annex 9 example as the starting plan: its KPI sheets (facilitators, empty plan only). */
export const POST = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'assessment.edit');
  return { kpiIds: await prepareExamplePlan(db, actor) } satisfies TPlanExampleResponse;
});
