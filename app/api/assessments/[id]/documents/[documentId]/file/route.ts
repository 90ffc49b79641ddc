import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { readDocumentFile } from '@/lib/services/library/library-files';

/**
 * Downloads a library file, only to members it is not restricted from; always as an attachment, never rendered inline.
 */
export const GET = authedRoute<{ id: string; documentId: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'library.view');
  const file = await readDocumentFile(db, params.id, user.id, params.documentId);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.bytes.length),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
});
