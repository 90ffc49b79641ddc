import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

// Every page depends on the session and the database: nothing is prerendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'IDG Workshop', template: '%s · IDG Workshop' },
  description: 'Run WCO Integrity Development Guide assessments live, together.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
