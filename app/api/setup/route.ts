import { DomainError } from '@/lib/domain/shared/errors';
import { parseBody, publicRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { audit } from '@/lib/services/shared/audit';
import { countUsers, createUser } from '@/lib/services/accounts/users';
import { ZSetupSchema } from '@/lib/contracts/accounts';
import type { TOkResponse } from '@/lib/contracts/shared';

/** Creates the first administrator of an empty install; refused once any account exists. */
export const POST = publicRoute(async ({ req }) => {
  const db = getDb();
  const input = await parseBody(req, ZSetupSchema);
  if ((await countUsers(db)) > 0) throw new DomainError('setup.already_done');
  const id = await createUser(db, { ...input, isAdmin: true, timeZone: input.timeZone ?? null });
  await audit(db, { assessmentId: null, actorId: id, action: 'setup.admin', detail: {} });
  return Response.json({ ok: true } satisfies TOkResponse, { status: 201 });
});
