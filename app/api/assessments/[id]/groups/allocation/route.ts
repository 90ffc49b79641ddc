import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { allocateArea, replaceAllocation } from '@/lib/services/workshop/area-allocation';
import { ZAllocationSchema } from '@/lib/contracts/workshop';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Gives one area to a group (or to none), or replaces the whole allocation with `{ allocation: [...] }`. */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'groups.manage');
  const input = await parseBody(req, ZAllocationSchema);
  if ('allocation' in input) await replaceAllocation(db, params.id, me, input.allocation);
  else await allocateArea(db, params.id, me, input.areaId, input.groupId);
  return { ok: true } satisfies TOkResponse;
});
