import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { fileResponse, redactedFor } from '@/lib/export/response';
import { requireAccess } from '@/lib/services/access/access';
import { reportExport } from '@/lib/services/reports/report-exports';

/** The assessment report as PDF (members; `?redacted=1` for sharing outside the administration). */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'assessment.view');
  return fileResponse(await reportExport(db, params.id, 'pdf', redactedFor(req, membership.role)));
});
