import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { broadcastToAssessment } from '@/lib/realtime/broadcast';
import { ZNewFindingCommentSchema, type TFindingCommentResponse } from '@/lib/contracts/report-back';
import { requireAccess } from '@/lib/services/access/access';
import { addFindingComment } from '@/lib/services/workshop/findings';

/** Adds a comment to a group finding. */
export const POST = authedRoute<{ id: string; findingId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'comment');
  const input = await parseBody(req, ZNewFindingCommentSchema);
  const comment = await addFindingComment(db, me, params.findingId, input);
  broadcastToAssessment(params.id, 'findings:comment', comment);
  return Response.json({ comment } satisfies TFindingCommentResponse, { status: 201 });
});
