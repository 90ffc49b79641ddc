'use client';

import { useTranslations } from 'next-intl';

/**
 * Forgets what this browser kept offline for the member, then ends the session. Both are loaded
 * on the click: forgetting the offline copies takes Yjs and IndexedDB's code, and next-auth's
 * client is needed only here, neither on every page's first load.
 */
async function signOutAndForget(userId: string): Promise<void> {
  const [{ clearOfflineCopies }, { signOut }] = await Promise.all([
    import('@/lib/collab/offline-clear'),
    import('next-auth/react'),
  ]);
  await clearOfflineCopies(userId);
  await signOut({ callbackUrl: '/sign-in' });
}

/** Ends the session and returns to the sign-in page, forgetting what this browser kept offline for the member. */
export function SignOutButton({ userId }: { userId: string }) {
  const t = useTranslations('auth');
  return (
    <button
      type="button"
      onClick={() => void signOutAndForget(userId)}
      className="rounded px-2 py-1 text-sm underline hover:bg-brand-700"
    >
      {t('signOut')}
    </button>
  );
}
