import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { QueryProvider } from '@/components/ui/query-provider';
import { getSessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { unreadCount } from '@/lib/services/notifications/inbox';

export default withClientMessages(
  ['auth', 'notification', 'profile'],
  async function SignedInLayout({ children }: { children: ReactNode }) {
    // Every page below guards itself and sends a visitor to sign in with its own address to come
    // back to; the layout cannot know that address, so it only leaves the header out.
    const user = await getSessionUser();
    if (!user)
      return (
        <QueryProvider>
          <main id="main">{children}</main>
        </QueryProvider>
      );
    const [t, unread] = await Promise.all([getTranslations('auth'), unreadCount(getDb(), user.id)]);
    return (
      <QueryProvider>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {t('skipToContent')}
        </a>
        <AppHeader user={user} unread={unread} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
      </QueryProvider>
    );
  },
);
