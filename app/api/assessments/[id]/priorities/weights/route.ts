import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { setWeights } from '@/lib/services/priorities/priorities';
import { ZWeightsSchema, type TWeightsResponse } from '@/lib/contracts/priorities';

/** Sets the criteria's weights in the combined priority (facilitators). */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'session.run');
  return { weights: await setWeights(db, membership, await parseBody(req, ZWeightsSchema)) } satisfies TWeightsResponse;
});
