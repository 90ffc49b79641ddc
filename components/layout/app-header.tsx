import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { TSessionUser } from '@/lib/auth/current-user';
import { NotificationBell } from '../notifications/notification-bell';
import { SignOutButton } from './sign-out-button';
import { TimeZonePrompt } from './time-zone-prompt';
import { TimeZoneSync } from './time-zone-sync';

/** The top bar of signed-in pages; `unread` is the member's unread notifications when the page was served. */
export async function AppHeader({ user, unread }: { user: TSessionUser; unread: number }) {
  const t = await getTranslations('auth');
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
        <Link href="/assessments" className="font-semibold">
          IDG Workshop
        </Link>
        <nav aria-label={t('accountNav')} className="flex items-center gap-4 text-sm">
          <span>{t('signedInAs', { name: user.name })}</span>
          <NotificationBell initialUnread={unread} />
          <Link href="/profile" className="underline-offset-2 hover:underline">
            {t('profile')}
            <span className="sr-only"> ({t('profileHint')})</span>
          </Link>
          <SignOutButton userId={user.id} />
        </nav>
      </div>
      <TimeZoneSync timeZone={user.timeZone} />
      <TimeZonePrompt timeZone={user.timeZone} />
    </header>
  );
}
