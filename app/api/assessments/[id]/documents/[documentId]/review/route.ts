import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { saveReview } from '@/lib/services/library/library';
import { type TDocumentResponse, ZDocumentReviewSchema } from '@/lib/contracts/library';

/** The reviewer's summary and the areas and questions the document informs (the assigned reviewer or a facilitator). */
export const PUT = authedRoute<{ id: string; documentId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'library.view');
  const input = await parseBody(req, ZDocumentReviewSchema);
  return { document: await saveReview(db, member, params.documentId, input) } satisfies TDocumentResponse;
});
