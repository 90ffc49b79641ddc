import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TReportBackState } from '@/lib/contracts/report-back';
import { requireAccess } from '@/lib/services/access/access';
import { reportBackState } from '@/lib/services/workshop/findings';

/** Every report-back outcome and finding comment of the assessment. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'checklist.view');
  return (await reportBackState(db, params.id)) satisfies TReportBackState;
});
