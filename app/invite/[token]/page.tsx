import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { LanguagePicker } from '@/components/auth/language-picker';
import { AcceptInvitationForm } from '@/components/members/accept-invitation-form';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { ZRoleSchema } from '@/lib/domain/access/role-schema';
import { roleLabel } from '@/lib/i18n/domain-labels';
import { getLocale } from '@/lib/i18n/server';
import { lookupInvitation } from '@/lib/services/accounts/invitations';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('invitationTitle') };
}

const STATE_KEY = { used: 'invitationUsed', expired: 'invitationExpired', revoked: 'invitationRevoked' } as const;

export default withClientMessages(
  ['auth'],
  async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
    const { token } = await params;
    const invitation = await lookupInvitation(getDb(), token);
    const user = await getSessionUser();
    const [t, td] = await Promise.all([getTranslations('auth'), getTranslations('domain')]);

    let body;
    if (!invitation) {
      body = <p role="alert">{t('invitationInvalid')}</p>;
    } else if (invitation.state !== 'valid') {
      body = (
        <p role="alert">
          {t(STATE_KEY[invitation.state])}{' '}
          <Link href="/sign-in" className="text-brand-700 underline">
            {t('signIn')}
          </Link>
        </p>
      );
    } else if (invitation.hasAccount && (!user || user.email !== invitation.email)) {
      body = (
        <p>
          {t('accountExists', { email: invitation.email })}{' '}
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}
            className="text-brand-700 underline"
          >
            {t('signInAs', { email: invitation.email })}
          </Link>{' '}
          {t('toAccept')}
        </p>
      );
    } else {
      const role = ZRoleSchema.safeParse(invitation.role);
      body = (
        <>
          <p className="mb-4 text-sm">
            {t('invitedTo', {
              title: invitation.assessment_title,
              administration: invitation.administration,
              role: role.success ? roleLabel(td, role.data) : invitation.role,
              email: invitation.email,
            })}
          </p>
          <AcceptInvitationForm
            token={token}
            email={invitation.email}
            mode={invitation.hasAccount ? 'signed-in' : 'new-account'}
          />
        </>
      );
    }

    return (
      <main className="mx-auto mt-16 max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        {!user && <LanguagePicker current={await getLocale()} />}
        <h1 className="mb-4 text-2xl font-semibold">{t('invitationHeading')}</h1>
        {body}
      </main>
    );
  },
);
