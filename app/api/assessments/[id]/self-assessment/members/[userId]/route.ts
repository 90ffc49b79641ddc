import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { ZStructureMemberSchema } from '@/lib/contracts/modes';
import type { TOkResponse } from '@/lib/contracts/shared';
import { requireAccess } from '@/lib/services/access/access';
import { placeStructureMember } from '@/lib/services/assessments/self-assessment';

/** Places a member in a self-assessment's steering group, working group or among its stakeholders (facilitators). */
export const PUT = authedRoute<{ id: string; userId: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'steps.edit');
  const input = await parseBody(req, ZStructureMemberSchema);
  await placeStructureMember(db, params.id, user.id, params.userId, input);
  return { ok: true } satisfies TOkResponse;
});
