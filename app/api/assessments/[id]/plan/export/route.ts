import { authedRoute } from '@/lib/api/route';
import { validationError } from '@/lib/api/errors';
import { ZPlanExportQuerySchema } from '@/lib/contracts/plan';
import { getDb } from '@/lib/db/client';
import { planCsv, planExportRows } from '@/lib/domain/plan/plan-snapshot';
import { requireAccess } from '@/lib/services/access/access';
import { planSnapshot } from '@/lib/services/plan/plan';
import { adoptedVersion } from '@/lib/services/plan/plan-adoption';
import { listEndorsements } from '@/lib/services/plan/plan-endorsements';
import { planXlsx } from '@/lib/services/plan/plan-export';

/**
 * The draft (or `?version=N`, an adopted version) as `?format=xlsx` or `csv`, with the Annex 9
 * columns; the XLSX also lists the plan's endorsements by top government officials.
 */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.view');
  const search = new URL(req.url).searchParams;
  const query = ZPlanExportQuerySchema.safeParse({
    format: search.get('format') ?? 'xlsx',
    version: search.get('version') ?? undefined,
  });
  if (!query.success) throw validationError(query.error);
  const { format, version } = query.data;
  const snapshot = version ? await adoptedVersion(db, params.id, version) : await planSnapshot(db, params.id);
  const name = `integrity-action-plan-${version ? `v${version}` : 'draft'}.${format}`;
  const headers = { 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' };
  if (format === 'csv')
    return new Response(planCsv(planExportRows(snapshot)), {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' },
    });
  const body = await planXlsx(snapshot, 'Integrity action plan', await listEndorsements(db, params.id));
  return new Response(new Uint8Array(body), {
    headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
});
