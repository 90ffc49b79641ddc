import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TShownQuestionResponse } from '@/lib/contracts/checklist';
import { requireAccess } from '@/lib/services/access/access';
import { unhideQuestion } from '@/lib/services/checklist/checklist-adaptation';

/** Shows a hidden question again (facilitators). */
export const DELETE = authedRoute<{ id: string; key: string }>(async ({ params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'checklist.adapt');
  await unhideQuestion(db, actor, decodeURIComponent(params.key));
  return { shown: params.key } satisfies TShownQuestionResponse;
});
