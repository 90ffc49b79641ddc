import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SetupForm } from '@/components/auth/setup-form';
import { getDb } from '@/lib/db/client';
import { countUsers } from '@/lib/services/accounts/users';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('setupTitle') };
}

export default withClientMessages(['auth'], async function SetupPage() {
  // One-time: once any account exists, this page is gone.
  if ((await countUsers(getDb())) > 0) redirect('/sign-in');
  const t = await getTranslations('auth');
  return (
    <main className="mx-auto mt-16 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">{t('setupHeading')}</h1>
      <p className="mb-6 text-sm text-slate-600">{t('setupIntro')}</p>
      <SetupForm />
    </main>
  );
});
