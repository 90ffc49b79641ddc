import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TChecklistResponse } from '@/lib/contracts/checklist';
import { seesSensitive } from '@/lib/domain/reports/redaction';
import { requireAccess } from '@/lib/services/access/access';
import { assessmentChecklist } from '@/lib/services/checklist/checklist';

/** Every checklist question of the assessment's scope, keyed `<areaId>.<number>`. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'checklist.view');
  return (await assessmentChecklist(db, params.id, seesSensitive(me.role))) satisfies TChecklistResponse;
});
