import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type THiddenQuestionResponse, ZHideQuestionSchema } from '@/lib/contracts/checklist';
import { requireAccess } from '@/lib/services/access/access';
import { hideQuestion } from '@/lib/services/checklist/checklist-adaptation';

/** Hides a question that does not apply in a targeted assessment, with the reason (facilitators). */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'checklist.adapt');
  const input = await parseBody(req, ZHideQuestionSchema);
  await hideQuestion(db, actor, input);
  return Response.json({ hidden: input.key } satisfies THiddenQuestionResponse, { status: 201 });
});
