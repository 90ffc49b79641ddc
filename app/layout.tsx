import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { HydrationMark } from '@/components/layout/hydration-mark';
import { getSessionUser } from '@/lib/auth/session';
import { ProfileZoneProvider } from '@/lib/i18n/client';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { getLocale } from '@/lib/i18n/server';
import './globals.css';

// Every page depends on the session and the database: nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'IDG Workshop', template: '%s · IDG Workshop' },
  description: 'Run WCO Integrity Development Guide assessments live, together.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, user] = await Promise.all([getLocale(), getSessionUser()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <ProfileZoneProvider timeZone={user?.timeZone ?? null}>
          <ClientMessages namespaces={[]}>{children}</ClientMessages>
        </ProfileZoneProvider>
        <HydrationMark />
      </body>
    </html>
  );
}
