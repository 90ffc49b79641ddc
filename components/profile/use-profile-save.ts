'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '../ui/api-client';

type TProfileChange = { locale: string } | { timeZone: string };

/**
 * Saves one profile setting (`PATCH /api/me`) with the state its form shows: pending, saved,
 * the error and field errors. The server renders every page in the account's language and time
 * zone, so a successful save refreshes the page.
 */
export function useProfileSave() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  async function save(change: TProfileChange): Promise<void> {
    setPending(true);
    const res = await sendJson('/api/me', 'PATCH', change);
    setPending(false);
    setSaved(res.ok);
    setError(res.ok ? null : res.error);
    setFieldErrors(res.ok ? {} : res.fieldErrors);
    if (res.ok) router.refresh();
  }

  /** The value was changed after a save: the "saved" message no longer describes it. */
  const changed = () => setSaved(false);

  return { error, fieldErrors, saved, pending, save, changed };
}
