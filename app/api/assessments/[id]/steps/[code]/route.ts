import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { ZStepActivityUpdateSchema } from '@/lib/contracts/assessments';
import { updateStepActivity } from '@/lib/services/assessments/step-activities';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Records the status, due date, owner and notes of one Annex 4 activity. */
export const PATCH = authedRoute<{ id: string; code: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'steps.edit');
  const input = await parseBody(req, ZStepActivityUpdateSchema);
  await updateStepActivity(db, params.id, params.code, user.id, input);
  return { ok: true } satisfies TOkResponse;
});
