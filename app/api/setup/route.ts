import { z } from 'zod';
import { DomainError } from '@/lib/domain/shared/errors';
import { parseBody, publicRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { isValidTimeZone } from '@/lib/domain/time/time-zone';
import { audit } from '@/lib/services/shared/audit';
import { countUsers, createUser } from '@/lib/services/accounts/users';
import type { TOkResponse } from '@/lib/contracts/shared';

const ZSetupSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address.'),
  name: z.string().trim().min(2, 'Enter your name.').max(120),
  password: z.string().min(10, 'Use at least 10 characters.').max(200),
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone.').nullish(),
});

/** Creates the first administrator of an empty install; refused once any account exists. */
export const POST = publicRoute(async ({ req }) => {
  const db = getDb();
  const input = await parseBody(req, ZSetupSchema);
  if ((await countUsers(db)) > 0) throw new DomainError('setup.already_done');
  const id = await createUser(db, { ...input, isAdmin: true, timeZone: input.timeZone ?? null });
  await audit(db, { assessmentId: null, actorId: id, action: 'setup.admin', detail: {} });
  return Response.json({ ok: true } satisfies TOkResponse, { status: 201 });
});
