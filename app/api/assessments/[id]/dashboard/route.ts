import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TDashboardResponse } from '@/lib/contracts/workshop';
import { requireAccess } from '@/lib/services/access/access';
import { computeDashboard } from '@/lib/services/workshop/dashboard';

/** The facilitators' live dashboard: progress per group and area, disputed findings, silent members. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'session.run');
  return (await computeDashboard(db, params.id)) satisfies TDashboardResponse;
});
