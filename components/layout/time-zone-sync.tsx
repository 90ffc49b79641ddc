'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { sendJson } from '../ui/api-client';

const TRIED_KEY = 'idg.timeZoneSync';

/**
 * Sets the signed-in user's time zone from the browser when they have none yet, once, so
 * every time is shown to them in their own zone from their first visit. Renders nothing.
 */
export function TimeZoneSync({ timeZone }: { timeZone: string | null }) {
  const router = useRouter();
  const tried = useRef(false);
  useEffect(() => {
    // The ref survives StrictMode's second mount; sessionStorage stops a refused zone being retried on every page.
    if (timeZone || tried.current || sessionStorage.getItem(TRIED_KEY)) return;
    tried.current = true;
    sessionStorage.setItem(TRIED_KEY, '1');
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browserZone) return;
    void sendJson('/api/me', 'PATCH', { timeZone: browserZone }).then((res) => {
      if (res.ok) router.refresh();
    });
  }, [timeZone, router]);
  return null;
}
