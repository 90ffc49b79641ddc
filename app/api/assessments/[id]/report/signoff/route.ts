import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { reportStatus, signOffReport } from '@/lib/services/reports/report';
import { type TReportStatus, ZReportSignoffSchema } from '@/lib/contracts/reports';

/** The report's current version and who signed off the latest one (members). */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  return (await reportStatus(db, await requireAccess(db, params.id, user, 'assessment.view'))) satisfies TReportStatus;
});

/** Signs off the version with the given hash (facilitators). */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'assessment.edit');
  const { hash } = await parseBody(req, ZReportSignoffSchema);
  return (await signOffReport(db, membership, hash)) satisfies TReportStatus;
});
