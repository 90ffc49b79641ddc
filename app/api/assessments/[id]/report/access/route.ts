import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TReportAccessResponse } from '@/lib/contracts/reports';
import { seesSensitive } from '@/lib/domain/reports/redaction';
import { isFacilitator } from '@/lib/domain/access/roles';
import { requireAccess } from '@/lib/services/access/access';

/**
 * Whether this member sees the sensitive flag of answers and may set it (the checklist's toggle asks once per page).
 */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const membership = await requireAccess(getDb(), params.id, user, 'checklist.view');
  return {
    seesSensitive: seesSensitive(membership.role),
    flagsSensitive: isFacilitator(membership.role),
  } satisfies TReportAccessResponse;
});
