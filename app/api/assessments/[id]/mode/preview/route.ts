import { authedRoute, parseQuery } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TModeChangeResponse, ZModePreviewQuerySchema } from '@/lib/contracts/modes';
import { requireAccess } from '@/lib/services/access/access';
import { previewModeChange } from '@/lib/services/assessments/modes';

/** What changing the mode would do, shown to the facilitator before they confirm it. */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.edit');
  const to = parseQuery(req, ZModePreviewQuerySchema);
  return (await previewModeChange(db, params.id, to)) satisfies TModeChangeResponse;
});
