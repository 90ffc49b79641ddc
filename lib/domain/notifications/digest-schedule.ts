import { utcToZonedInputs, zonedTimeToUtc } from '../time/time-zones';

/** The digest goes out at this time of the recipient's own morning. */
export const DIGEST_TIME = '08:00';

/**
 * The morning whose digest is due at `now` for someone in `timeZone`: its local date and the
 * instant it began (08:00 there), or null before 08:00 local. The date names the digest, so one
 * morning makes one mail however often the runner looks.
 */
export function dueDigestMorning(now: number, timeZone: string): { date: string; at: string } | null {
  const { date } = utcToZonedInputs(now, timeZone);
  const at = zonedTimeToUtc(date, DIGEST_TIME, timeZone);
  if (!at || Date.parse(at) > now) return null;
  return { date, at };
}

/**
 * When to remind of something due on `dueDate` (YYYY-MM-DD): at 08:00 the day before, in the
 * person's zone, so that the reminder arrives in their morning.
 */
export function dayBeforeMorning(dueDate: string, timeZone: string): string | null {
  const due = zonedTimeToUtc(dueDate, DIGEST_TIME, timeZone);
  if (!due) return null;
  const before = utcToZonedInputs(Date.parse(due) - 24 * 3_600_000, timeZone).date;
  return zonedTimeToUtc(before, DIGEST_TIME, timeZone);
}
