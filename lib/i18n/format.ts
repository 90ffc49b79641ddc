// Dates, times and numbers in the member's language and time zone. Pure (Intl only): the same
// result on the server and in the browser, so server-rendered text does not change on hydration.
import type { TLocale } from './locales';

export type TFormat = {
  locale: TLocale;
  /** 27 Nov 2026 / 27 nov. 2026 / 27 nov 2026 */
  date: (instant: string | number | Date) => string;
  /** The date with the time of day, in the time zone. */
  dateTime: (instant: string | number | Date) => string;
  time: (instant: string | number | Date) => string;
  /** A calendar day stored as `YYYY-MM-DD` (a due date), shown as that day whatever the time zone. */
  day: (isoDate: string) => string;
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
  /** 0.42 → 42 % (with the language's spacing). */
  percent: (fraction: number) => string;
  /** A list joined the language's way: "a, b and c" / "a, b et c". */
  list: (items: string[]) => string;
};

function toDate(instant: string | number | Date): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

/** Formatters for a language and an IANA time zone (the browser's or UTC when none is known). */
export function makeFormat(locale: TLocale, timeZone?: string | null): TFormat {
  const zone = timeZone ?? undefined;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: zone });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    locale,
    date: (i) => date.format(toDate(i)),
    dateTime: (i) => dateTime.format(toDate(i)),
    time: (i) => time.format(toDate(i)),
    day: (d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? day.format(new Date(`${d}T00:00:00Z`)) : d),
    number: (n, options) => new Intl.NumberFormat(locale, options).format(n),
    percent: (f) => percent.format(f),
    list: (items) => list.format(items),
  };
}
