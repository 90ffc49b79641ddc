import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TDashboardResponse } from '@/lib/contracts/workshop';
import { getLocale } from '@/lib/i18n/server';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { requireAccess } from '@/lib/services/access/access';
import { computeDashboard } from '@/lib/services/workshop/dashboard';

/**
 * The facilitators' live dashboard: progress per group and area (named in the member's language),
 * disputed findings, silent members.
 */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'session.run');
  const names = await guideNames(db, params.id, await getLocale());
  return (await computeDashboard(db, params.id, names.area)) satisfies TDashboardResponse;
});
