import { DomainError } from '@/lib/domain/shared/errors';
import { parseBody, publicRoute } from '@/lib/api/route';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { acceptInvitation } from '@/lib/services/accounts/invitations';
import { type TAcceptedInvitationResponse, ZAcceptInvitationSchema } from '@/lib/contracts/accounts';

/** Accepts an invitation: with a name and password for a new account, or as the signed-in user it was sent to. */
export const POST = publicRoute(async ({ req }) => {
  const db = getDb();
  const body = await parseBody(req, ZAcceptInvitationSchema);
  if ('password' in body) {
    const result = await acceptInvitation(db, body.token, { newAccount: { name: body.name, password: body.password } });
    return { assessmentId: result.assessmentId, signInRequired: true } satisfies TAcceptedInvitationResponse;
  }
  const user = await getSessionUser();
  if (!user) throw new DomainError('invitations.sign_in');
  const result = await acceptInvitation(db, body.token, { userId: user.id, email: user.email });
  return { assessmentId: result.assessmentId, signInRequired: false } satisfies TAcceptedInvitationResponse;
});
