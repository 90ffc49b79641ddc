import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LanguagePicker } from '@/components/auth/language-picker';
import { signInErrorText } from '@/components/auth/sign-in-error';
import { SignInForm } from '@/components/auth/sign-in-form';
import { appOrigin, isOidcEnabled } from '@/lib/auth/options';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { safeCallbackPath } from '@/lib/domain/accounts/callback-url';
import { getLocale } from '@/lib/i18n/server';
import { countUsers } from '@/lib/services/accounts/users';
import { env } from '@/lib/config/env';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('signInTitle') };
}

/** Only paths of this site are followed after sign-in, so the link cannot send anyone elsewhere. */
function safeCallback(url: string | undefined): string {
  return safeCallbackPath(url, appOrigin());
}

export default withClientMessages(
  ['auth'],
  async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
    const { callbackUrl, error } = await searchParams;
    if ((await countUsers(getDb())) === 0) redirect('/setup');
    if (await getSessionUser()) redirect(safeCallback(callbackUrl));
    const t = await getTranslations('auth');
    const locale = await getLocale();
    return (
      <main className="mx-auto mt-16 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <LanguagePicker current={locale} />
        <h1 className="mb-1 text-2xl font-semibold">{t('signInHeading')}</h1>
        <p className="mb-6 text-sm text-slate-600">{t('tagline')}</p>
        <SignInForm
          callbackUrl={safeCallback(callbackUrl)}
          oidcName={isOidcEnabled() ? (env().OIDC_NAME ?? t('singleSignOn')) : null}
          initialError={error ? await signInErrorText(error, locale) : null}
        />
      </main>
    );
  },
);
