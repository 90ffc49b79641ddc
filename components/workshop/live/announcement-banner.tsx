'use client';

import { useState } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import { useLiveRoom } from './live-room-provider';

// An announcement is made now and then: its code comes with the first one. The live region is
// there from the start, so that screen readers hear what appears in it.
const Announcement = lazyComponent(() => import('./announcement').then((m) => m.Announcement));

/**
 * The facilitators' latest announcement as a dismissible banner; the region is live so screen readers hear a new one.
 */
export function AnnouncementBanner() {
  const { state } = useLiveRoom();
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);
  const a = state?.announcement ?? null;
  const shown = a !== null && a.at !== dismissedAt;
  return (
    <div aria-live="polite" aria-atomic="true">
      {shown && <Announcement byName={a.byName} text={a.text} onDismiss={() => setDismissedAt(a.at)} />}
    </div>
  );
}
