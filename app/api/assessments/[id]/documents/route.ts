import { readFormData } from '@/lib/api/body';
import { DomainError } from '@/lib/domain/shared/errors';
import { authedRoute, parseBody } from '@/lib/api/route';
import { validationError } from '@/lib/api/errors';
import { getDb } from '@/lib/db/client';
import { maxEvidenceBytes } from '@/lib/domain/library/file-types';
import { libraryCoverage } from '@/lib/domain/library/library-coverage';
import { requireAccess } from '@/lib/services/access/access';
import { listDocuments } from '@/lib/services/library/library';
import { addDocumentFile, addDocumentLink } from '@/lib/services/library/library-files';
import {
  type TDocumentResponse,
  type TDocumentsResponse,
  ZNewDocumentLinkSchema,
  ZNewDocumentUploadSchema,
} from '@/lib/contracts/library';

/**
 * The background library as the member may see it: classification, reviewer, summary and linked
 * questions, with the coverage of the guide's list.
 */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'library.view');
  const documents = await listDocuments(db, member);
  return { documents, coverage: libraryCoverage(documents) } satisfies TDocumentsResponse;
});

/**
 * Adds a document: JSON `{ title, category, url, visibility?, readerIds? }` for a link, multipart
 * `file` with the same fields for a file.
 */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'library.add');
  if ((req.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const form = await readFormData(
      req,
      maxEvidenceBytes(),
      `The file is over the limit of ${(maxEvidenceBytes() / 1048576).toFixed(0)} MB.`,
    );
    const file = form?.get('file');
    if (!(file instanceof File))
      throw new DomainError('upload.no_file', undefined, { fieldErrors: { file: ['Choose a file.'] } });
    const upload = ZNewDocumentUploadSchema.safeParse({
      file,
      title: form?.get('title') || file.name,
      category: form?.get('category'),
      visibility: form?.get('visibility') || undefined,
      readerIds: form?.getAll('readerIds') ?? [],
    });
    if (!upload.success) throw validationError(upload.error);
    const { file: chosen, ...meta } = upload.data;
    const document = await addDocumentFile(db, member, chosen, meta);
    return Response.json({ document } satisfies TDocumentResponse, { status: 201 });
  }
  const document = await addDocumentLink(db, member, await parseBody(req, ZNewDocumentLinkSchema));
  return Response.json({ document } satisfies TDocumentResponse, { status: 201 });
});
