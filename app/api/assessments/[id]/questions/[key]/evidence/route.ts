import { readFormData } from '@/lib/api/body';
import { DomainError } from '@/lib/domain/shared/errors';
import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TEvidenceResponse, ZEvidenceLinkSchema } from '@/lib/contracts/checklist';
import { maxEvidenceBytes } from '@/lib/domain/library/file-types';
import { broadcastToAssessment } from '@/lib/realtime/broadcast';
import { requireAreaEditable } from '@/lib/services/access/access';
import { addEvidenceFile, addEvidenceLink } from '@/lib/services/checklist/evidence';

/** Attaches evidence to a question: JSON `{ title, url }` for a link, multipart `file` (+ `title`) for a file. */
export const POST = authedRoute<{ id: string; key: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAreaEditable(db, params.id, user, params.key.split('.')[0] ?? '');
  let evidence;
  if ((req.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const form = await readFormData(
      req,
      maxEvidenceBytes(),
      `The file is over the limit of ${(maxEvidenceBytes() / 1048576).toFixed(0)} MB.`,
    );
    const file = form?.get('file');
    if (!(file instanceof File))
      throw new DomainError('upload.no_file', undefined, { fieldErrors: { file: ['Choose a file.'] } });
    const title = form?.get('title');
    evidence = await addEvidenceFile(db, params.id, params.key, user.id, file, typeof title === 'string' ? title : '');
  } else {
    evidence = await addEvidenceLink(db, params.id, params.key, user.id, await parseBody(req, ZEvidenceLinkSchema));
  }
  broadcastToAssessment(params.id, 'evidence:added', evidence);
  return Response.json({ evidence } satisfies TEvidenceResponse, { status: 201 });
});
