import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TPracticeCheckResponse, ZPracticeCheckSchema } from '@/lib/contracts/modes';
import { requireAccess } from '@/lib/services/access/access';
import { recordPracticeCheck } from '@/lib/services/assessments/practices';

/** Ticks an Annex 6 or 7 good practice with a note (facilitators). */
export const PUT = authedRoute<{ id: string; itemKey: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'steps.edit');
  const input = await parseBody(req, ZPracticeCheckSchema);
  const check = await recordPracticeCheck(db, params.id, user.id, params.itemKey, input);
  return { check } satisfies TPracticeCheckResponse;
});
