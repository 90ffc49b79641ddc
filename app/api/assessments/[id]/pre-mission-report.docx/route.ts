import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { fileResponse, redactedFor } from '@/lib/export/response';
import { requireAccess } from '@/lib/services/access/access';
import { preMissionReportExport } from '@/lib/services/reports/report-exports';

/** The pre-mission report as DOCX (members; `?redacted=1` leaves names out). */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'assessment.view');
  return fileResponse(await preMissionReportExport(db, params.id, redactedFor(req, membership.role)));
});
