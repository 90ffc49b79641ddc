import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SetupForm } from '@/components/auth/setup-form';
import { getDb } from '@/lib/db/client';
import { countUsers } from '@/lib/services/users';

export const metadata: Metadata = { title: 'First-time setup' };

export default async function SetupPage() {
  // One-time: once any account exists, this page is gone.
  if ((await countUsers(getDb())) > 0) redirect('/sign-in');
  return (
    <main className="mx-auto mt-16 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-2xl font-semibold">Set up IDG Workshop</h1>
      <p className="mb-6 text-sm text-slate-600">Create the first administrator. Everyone else joins by invitation.</p>
      <SetupForm />
    </main>
  );
}
