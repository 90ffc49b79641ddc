import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { updateProfile } from '@/lib/services/accounts/profile';
import { type TProfileUpdateResponse, ZProfileUpdateSchema } from '@/lib/contracts/accounts';

/** Changes the signed-in user's own settings: their time zone and interface language. */
export const PATCH = authedRoute(async ({ req, user }) => {
  const input = await parseBody(req, ZProfileUpdateSchema);
  await updateProfile(getDb(), user.id, input);
  return { ok: true, ...input } satisfies TProfileUpdateResponse;
});
