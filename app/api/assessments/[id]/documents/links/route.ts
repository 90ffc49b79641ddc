import { DomainError } from '@/lib/domain/shared/errors';
import { authedRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import type { TDocumentLinksResponse } from '@/lib/contracts/library';
import { requireAccess } from '@/lib/services/access/access';
import { documentsByTarget } from '@/lib/services/library/library';

/** The documents informing an area's questions (`?area=transparency`), by question key, as the member may see them. */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const member = await requireAccess(db, params.id, user, 'library.view');
  const area = new URL(req.url).searchParams.get('area') ?? '';
  if (!/^[a-z0-9-]{1,60}$/.test(area))
    throw new DomainError('library.area_missing', undefined, { fieldErrors: { area: ['Required.'] } });
  return { byTarget: await documentsByTarget(db, member, area) } satisfies TDocumentLinksResponse;
});
