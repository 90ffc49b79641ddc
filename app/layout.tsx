import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { HydrationMark } from '@/components/layout/hydration-mark';
import { getSessionUser } from '@/lib/auth/session';
import { I18nProvider } from '@/lib/i18n/client';
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
        <I18nProvider locale={locale} timeZone={user?.timeZone ?? null}>
          {children}
        </I18nProvider>
        <HydrationMark />
      </body>
    </html>
  );
}
