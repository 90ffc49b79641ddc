import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { isFacilitator } from '@/lib/domain/access/roles';
import { broadcastToAssessment } from '@/lib/realtime/broadcast';
import { requireAccess } from '@/lib/services/access/access';
import { readEvidenceFile, removeEvidence } from '@/lib/services/checklist/evidence';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Downloads an evidence file, to members only; always as an attachment, never rendered inline. */
export const GET = authedRoute<{ id: string; evidenceId: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'checklist.view');
  const file = await readEvidenceFile(db, params.id, params.evidenceId);
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

/** Removes evidence (its adder or a facilitator). */
export const DELETE = authedRoute<{ id: string; evidenceId: string }>(async ({ params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'checklist.view');
  const questionKey = await removeEvidence(db, params.id, params.evidenceId, user.id, isFacilitator(me.role));
  broadcastToAssessment(params.id, 'evidence:removed', { id: params.evidenceId, questionKey });
  return { ok: true } satisfies TOkResponse;
});
