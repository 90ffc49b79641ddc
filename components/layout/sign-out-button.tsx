'use client';

import { signOut } from 'next-auth/react';

/** Ends the session and returns to the sign-in page. */
export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: '/sign-in' })} className="rounded px-2 py-1 text-sm underline hover:bg-brand-700">
      Sign out
    </button>
  );
}
