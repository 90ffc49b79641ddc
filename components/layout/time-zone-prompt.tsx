'use client';

import dynamic from 'next/dynamic';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;
// Per pair of zones: a member who kept their zone is asked again only when they travel somewhere else.
export const dismissedKey = (profile: string, browser: string) => `idg.timeZonePrompt.${profile}|${browser}`;

// Most members never see it: its code is fetched only when the zones differ.
const TimeZonePromptBar = dynamic(() => import('./time-zone-prompt-bar').then((m) => m.TimeZonePromptBar));

/**
 * Says once, when the browser's zone differs from the profile's, which one times are shown in, and
 * offers to switch the profile to the browser's. A profile without a zone is set by TimeZoneSync.
 */
export function TimeZonePrompt({ timeZone }: { timeZone: string | null }) {
  const browser = useSyncExternalStore(noSubscription, browserZone, () => null);
  const dismissedAtLoad = useSyncExternalStore(
    noSubscription,
    () => (timeZone && browser ? localStorage.getItem(dismissedKey(timeZone, browser)) !== null : true),
    () => true,
  );
  if (!timeZone || !browser || browser === timeZone || dismissedAtLoad) return null;
  return <TimeZonePromptBar timeZone={timeZone} browser={browser} />;
}
