import { authedRoute } from '@/lib/api/route';
import { validationError } from '@/lib/api/errors';
import { getDb } from '@/lib/db/client';
import { ZPreviewKeysSchema, type TCitationsResponse } from '@/lib/contracts/report-back';
import { requireAccess } from '@/lib/services/access/access';
import { citationPreviews } from '@/lib/services/workshop/findings';

/** Previews of cited answers (`?keys=transparency.20,transparency.3`): text and evaluation. */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'checklist.view');
  const keys = ZPreviewKeysSchema.safeParse(new URL(req.url).searchParams.get('keys') ?? '');
  if (!keys.success) throw validationError(keys.error);
  return { previews: await citationPreviews(db, params.id, keys.data) } satisfies TCitationsResponse;
});
