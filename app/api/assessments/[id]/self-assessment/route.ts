import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { ZSelfAssessmentUpdateSchema } from '@/lib/contracts/modes';
import type { TOkResponse } from '@/lib/contracts/shared';
import { requireAccess } from '@/lib/services/access/access';
import { updateSelfAssessment } from '@/lib/services/assessments/self-assessment';

/** Records a self-assessment's circular to all staff and how external stakeholders take part (facilitators). */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'steps.edit');
  const input = await parseBody(req, ZSelfAssessmentUpdateSchema);
  await updateSelfAssessment(db, params.id, user.id, input);
  return { ok: true } satisfies TOkResponse;
});
