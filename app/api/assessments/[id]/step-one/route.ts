import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TOkResponse } from '@/lib/contracts/shared';
import { ZStepOneChoicesSchema } from '@/lib/contracts/assessments';
import { requireAccess } from '@/lib/services/access/access';
import { setStepOneChoices } from '@/lib/services/assessments/step-one';

/** Step 1's choices: one-off or continuous, and the expected duration (facilitators, while preparing). */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'assessment.edit');
  await setStepOneChoices(db, actor, await parseBody(req, ZStepOneChoicesSchema));
  return { ok: true } satisfies TOkResponse;
});
