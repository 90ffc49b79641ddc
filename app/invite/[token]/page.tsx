import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInvitationForm } from '@/components/members/accept-invitation-form';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { ROLE_NAMES, ZRoleSchema } from '@/lib/domain/roles';
import { lookupInvitation } from '@/lib/services/invitations';

export const metadata: Metadata = { title: 'Invitation' };

const STATE_TEXT = {
  used: 'This invitation has already been used. If it was yours, sign in.',
  expired: 'This invitation has expired. Ask the facilitator to send you a new one.',
  revoked: 'This invitation was withdrawn by the facilitator.',
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await lookupInvitation(getDb(), token);
  const user = await getSessionUser();

  let body;
  if (!invitation) {
    body = <p role="alert">This invitation link is not valid. Check that you copied all of it.</p>;
  } else if (invitation.state !== 'valid') {
    body = (
      <p role="alert">
        {STATE_TEXT[invitation.state]} <Link href="/sign-in" className="text-brand-700 underline">Sign in</Link>
      </p>
    );
  } else if (invitation.hasAccount && (!user || user.email !== invitation.email)) {
    body = (
      <p>
        An account for {invitation.email} already exists.{' '}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="text-brand-700 underline">
          Sign in as {invitation.email}
        </Link>{' '}
        to accept.
      </p>
    );
  } else {
    const role = ZRoleSchema.safeParse(invitation.role);
    body = (
      <>
        <p className="mb-4 text-sm">
          You are invited to <strong>{invitation.assessment_title}</strong> ({invitation.administration}) as{' '}
          <strong>{role.success ? ROLE_NAMES[role.data] : invitation.role}</strong>, with the email {invitation.email}.
        </p>
        <AcceptInvitationForm token={token} email={invitation.email} mode={invitation.hasAccount ? 'signed-in' : 'new-account'} />
      </>
    );
  }

  return (
    <main className="mx-auto mt-16 max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-4 text-2xl font-semibold">Join an integrity assessment</h1>
      {body}
    </main>
  );
}
