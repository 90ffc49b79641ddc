import Link from 'next/link';
import type { TSessionUser } from '@/lib/auth/current-user';
import { SignOutButton } from './sign-out-button';
import { TimeZoneSync } from './time-zone-sync';

/** The top bar of signed-in pages. */
export function AppHeader({ user }: { user: TSessionUser }) {
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
        <Link href="/assessments" className="font-semibold">
          IDG Workshop
        </Link>
        <nav aria-label="Account" className="flex items-center gap-4 text-sm">
          <span>
            Signed in as <strong>{user.name}</strong>
          </span>
          <Link href="/profile" className="underline-offset-2 hover:underline">
            Profile<span className="sr-only"> and time zone</span>
          </Link>
          <SignOutButton />
        </nav>
      </div>
      <TimeZoneSync timeZone={user.timeZone} />
    </header>
  );
}
