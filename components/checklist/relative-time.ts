'use client';

import { useEffect, useState } from 'react';
import type { TLocale } from '@/lib/i18n/locales';

const formats = new Map<TLocale, Intl.RelativeTimeFormat>();
const formatFor = (locale: TLocale) =>
  formats.get(locale) ?? formats.set(locale, new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).get(locale)!;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 minutes ago", "yesterday", "just now" (in the language): how long before `now` the time `at` was. */
export function timeAgo(at: number, now: number, locale: TLocale = 'en', justNow = 'just now'): string {
  const elapsed = Math.max(0, now - at);
  for (const [unit, ms] of UNITS) if (elapsed >= ms) return formatFor(locale).format(-Math.floor(elapsed / ms), unit);
  return justNow;
}

/** The current time, refreshed every `intervalMs`; null before the first effect (no server/client mismatch). */
export function useNow(intervalMs: number): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, intervalMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [intervalMs]);
  return now;
}
