import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { isOidcEnabled } from '@/lib/auth/options';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { countUsers } from '@/lib/services/users';

export const metadata: Metadata = { title: 'Sign in' };

const ERRORS: Record<string, string> = {
  AccessDenied: 'Single sign-on worked, but there is no IDG Workshop account for that email. Ask a facilitator for an invitation.',
  CredentialsSignin: 'The email or password is not right.',
};

/** Only same-site paths are followed after sign-in, so the link cannot send anyone elsewhere. */
function safeCallback(url: string | undefined): string {
  return url && url.startsWith('/') && !url.startsWith('//') ? url : '/assessments';
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  if ((await countUsers(getDb())) === 0) redirect('/setup');
  if (await getSessionUser()) redirect(safeCallback(callbackUrl));
  return (
    <main className="mx-auto mt-16 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">Sign in to IDG Workshop</h1>
      <p className="mb-6 text-sm text-slate-600">Integrity assessments with the WCO Integrity Development Guide.</p>
      <SignInForm
        callbackUrl={safeCallback(callbackUrl)}
        oidcName={isOidcEnabled() ? (process.env.OIDC_NAME ?? 'single sign-on') : null}
        initialError={error ? (ERRORS[error] ?? error) : null}
      />
    </main>
  );
}
