'use client';

import { signOut } from 'next-auth/react';
import { clearOfflineCopies } from '@/lib/collab/offline-clear';
import { useT } from '@/lib/i18n/client';
import { authMessages } from '@/lib/i18n/messages/auth';

/** Ends the session and returns to the sign-in page, forgetting what this browser kept offline for the member. */
export function SignOutButton({ userId }: { userId: string }) {
  const t = useT(authMessages);
  return (
    <button
      type="button"
      onClick={() => void clearOfflineCopies(userId).then(() => signOut({ callbackUrl: '/sign-in' }))}
      className="rounded px-2 py-1 text-sm underline hover:bg-brand-700"
    >
      {t('signOut')}
    </button>
  );
}
