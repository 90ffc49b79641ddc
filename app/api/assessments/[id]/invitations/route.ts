import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { findAssessment } from '@/lib/services/assessments/assessments';
import { createInvitation, listPendingInvitations } from '@/lib/services/accounts/invitations';
import { isMailConfigured, mailInvitation } from '@/lib/services/accounts/mail';
import {
  type TInvitationCreatedResponse,
  type TPendingInvitationsResponse,
  ZInvitationSchema,
} from '@/lib/contracts/accounts';
import { env } from '@/lib/config/env';

/** Pending invitations (their links are not shown again: only their hashes are stored). */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'members.invite');
  return { invitations: await listPendingInvitations(db, params.id) } satisfies TPendingInvitationsResponse;
});

/** Invites someone by email; the one-time link is mailed when SMTP_URL is set, else returned to copy. */
export const POST = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'members.invite');
  const input = await parseBody(req, ZInvitationSchema);
  const { id, token, expiresAt } = await createInvitation(db, params.id, me, input);
  const link = `${env().NEXTAUTH_URL ?? new URL(req.url).origin}/invite/${token}`;
  let mailed = false;
  let mailError: string | undefined;
  if (isMailConfigured()) {
    try {
      const assessment = await findAssessment(db, params.id);
      await mailInvitation(input.email, link, assessment?.title ?? '', user.name);
      mailed = true;
    } catch (err) {
      mailError = `The mail server refused the message (${err instanceof Error ? err.message : 'unknown error'}); copy the link instead.`;
    }
  }
  return Response.json(
    {
      invitation: { id, email: input.email, role: input.role, expiresAt },
      mailed,
      ...(mailed ? {} : { link }),
      mailError,
    } satisfies TInvitationCreatedResponse,
    { status: 201 },
  );
});
