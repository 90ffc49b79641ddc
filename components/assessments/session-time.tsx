'use client';

import { useSyncExternalStore } from 'react';
import { makeFormat } from '@/lib/i18n/format';
import { useLocale } from 'next-intl';
import { useProfileZone } from '@/lib/i18n/client';

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * An instant in the member's profile zone, or in the browser's when the profile has none. The
 * server cannot know the browser's zone, so it renders nothing there rather than a wrong time.
 */
export function SessionTime({ instant }: { instant: string }) {
  const locale = useLocale();
  const profileZone = useProfileZone();
  const zone = useSyncExternalStore(
    noSubscription,
    () => profileZone ?? browserZone(),
    () => profileZone,
  );
  if (!zone) return null;
  return <time dateTime={instant}>{makeFormat(locale, zone).dateTime(instant)}</time>;
}
