import type { ReactNode } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { requirePageUser } from '@/lib/auth/page-guard';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser('/assessments');
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
