import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TMonitoring } from '@/lib/contracts/monitoring';
import { requireAccess } from '@/lib/services/access/access';
import { monitoringOverview } from '@/lib/services/monitoring/monitoring';

/**
 * Every adopted activity with its status, percentage, last update and red flags; every KPI with
 * baseline, target and measurements.
 */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'monitoring.view');
  return (await monitoringOverview(db, params.id)) satisfies TMonitoring;
});
