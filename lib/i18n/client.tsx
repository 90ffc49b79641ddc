'use client';
import { useFormatter, useLocale } from 'next-intl';
import { type ReactNode, createContext, useContext, useMemo } from 'react';
import type { TFormat } from './format';

const ProfileZoneContext = createContext<string | null>(null);

/**
 * The member's own time zone, null until they choose one (next-intl's zone is then UTC, so that
 * server and browser render the same text; a session time is better shown in the browser's zone).
 */
export function ProfileZoneProvider({ timeZone, children }: { timeZone: string | null; children: ReactNode }) {
  return <ProfileZoneContext.Provider value={timeZone}>{children}</ProfileZoneContext.Provider>;
}

export function useProfileZone(): string | null {
  return useContext(ProfileZoneContext);
}

function toDate(instant: string | number | Date): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

/**
 * next-intl's formatter in the member's language and time zone, with the app's styles (the same
 * as ./format.ts gives the server and exports).
 */
export function useFormat(): TFormat {
  const format = useFormatter();
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      date: (i) => format.dateTime(toDate(i), { dateStyle: 'medium' }),
      dateTime: (i) => format.dateTime(toDate(i), { dateStyle: 'medium', timeStyle: 'short' }),
      time: (i) => format.dateTime(toDate(i), { timeStyle: 'short' }),
      day: (d) =>
        /^\d{4}-\d{2}-\d{2}$/.test(d)
          ? format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
          : d,
      number: (n, options) => format.number(n, options as Parameters<typeof format.number>[1]),
      percent: (f) => format.number(f, { style: 'percent', maximumFractionDigits: 0 }),
      list: (items) => format.list(items, { style: 'long', type: 'conjunction' }),
    }),
    [format, locale],
  );
}
