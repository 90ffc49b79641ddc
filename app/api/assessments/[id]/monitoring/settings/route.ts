import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { setStaleAfterDays } from '@/lib/services/monitoring/monitoring';
import { type TMonitoringSettings, ZMonitoringSettingsSchema } from '@/lib/contracts/monitoring';

/** Sets after how many days without an update an open activity is flagged. */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'monitoring.update');
  const { staleAfterDays } = await parseBody(req, ZMonitoringSettingsSchema);
  await setStaleAfterDays(db, actor, staleAfterDays);
  return { staleAfterDays } satisfies TMonitoringSettings;
});
