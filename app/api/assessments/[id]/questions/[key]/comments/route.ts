import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TCommentResponse, ZNewCommentSchema } from '@/lib/contracts/checklist';
import { broadcastToAssessment } from '@/lib/realtime/broadcast';
import { requireAccess } from '@/lib/services/access/access';
import { addComment } from '@/lib/services/checklist/comments';
import { notifyComment } from '@/lib/services/notifications/on-comment';

/** Adds a comment to a checklist question: the room sees it at once, those it concerns are notified. */
export const POST = authedRoute<{ id: string; key: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'comment');
  const input = await parseBody(req, ZNewCommentSchema);
  const comment = await addComment(db, params.id, params.key, user.id, input);
  broadcastToAssessment(params.id, 'comment:created', comment);
  await notifyComment(db, params.id, comment);
  return Response.json({ comment } satisfies TCommentResponse, { status: 201 });
});
