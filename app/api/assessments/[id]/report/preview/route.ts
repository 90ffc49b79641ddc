import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { redactedFor } from '@/lib/export/response';
import { requireAccess } from '@/lib/services/access/access';
import { reportExport } from '@/lib/services/reports/report-exports';

// The preview is escaped HTML; the policy is a second wall should anything ever slip through:
// no script, no plugin, no network fetch, and a sandbox even when opened on its own.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";

/** The assessment report as an HTML preview, shown in a sandboxed frame on the report page. */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'assessment.view');
  const { body } = await reportExport(db, params.id, 'html', redactedFor(req, membership.role));
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
});
