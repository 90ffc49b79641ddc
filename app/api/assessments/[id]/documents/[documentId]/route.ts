import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { getDocument, updateDocument } from '@/lib/services/library/library';
import { removeDocument } from '@/lib/services/library/library-files';
import { type TDocumentResponse, ZDocumentUpdateSchema } from '@/lib/contracts/library';
import type { TOkResponse } from '@/lib/contracts/shared';

type P = { id: string; documentId: string };

/** One document of the library (404 when restricted from the member). */
export const GET = authedRoute<P>(async ({ params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'library.view');
  return { document: await getDocument(db, member, params.documentId) } satisfies TDocumentResponse;
});

/** Changes the classification (adder or facilitator), or the restriction and reviewer (facilitators). */
export const PATCH = authedRoute<P>(async ({ req, params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'library.view');
  const input = await parseBody(req, ZDocumentUpdateSchema);
  return { document: await updateDocument(db, member, params.documentId, input) } satisfies TDocumentResponse;
});

/** Removes a document and its file (adder or facilitator). */
export const DELETE = authedRoute<P>(async ({ params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'library.view');
  await removeDocument(db, member, params.documentId);
  return { ok: true } satisfies TOkResponse;
});
