import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { fileResponse, redactedFor } from '@/lib/export/response';
import { requireAccess } from '@/lib/services/access/access';
import { checklistExport } from '@/lib/services/reports/report-exports';

/** The checklist answers as XLSX (members; `?redacted=1` leaves sensitive answers and names out). */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'checklist.view');
  return fileResponse(await checklistExport(db, params.id, redactedFor(req, membership.role)));
});
