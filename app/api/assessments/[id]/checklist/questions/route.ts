import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TAddedQuestionResponse, ZAddQuestionSchema } from '@/lib/contracts/checklist';
import { requireAccess } from '@/lib/services/access/access';
import { addQuestion } from '@/lib/services/checklist/checklist-adaptation';

/** Adds the administration's own question to an area (facilitators); its key is `<areaId>.a<n>`. */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'checklist.adapt');
  const input = await parseBody(req, ZAddQuestionSchema);
  return Response.json({ question: await addQuestion(db, actor, input) } satisfies TAddedQuestionResponse, {
    status: 201,
  });
});
