// Time-zone arithmetic on IANA zones with @date-fns/tz, which reads the zones' rules through Intl
// and so runs the same on the server and in the browser. Instants are UTC ISO strings or epoch
// milliseconds.
import { TZDate, tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

type TWallClock = { year: number; month: number; day: number; hour: number; minute: number; weekday: string };

/** The wall-clock reading in `timeZone` at an instant. */
export function wallClock(instant: number, timeZone: string): TWallClock {
  const d = new TZDate(instant, timeZone);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    weekday: WEEKDAYS[d.getDay()] ?? '',
  };
}

/** How many minutes `timeZone` is ahead of UTC at an instant (negative west of Greenwich). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  return tzOffset(timeZone, new Date(instant));
}

/**
 * The UTC instant (ISO) at which the wall clock in `timeZone` reads `date` (YYYY-MM-DD) and
 * `time` (HH:MM), or null when either is malformed. A time repeated when clocks go back is the
 * earlier instant; a time skipped when they go forward is read with the offset before the
 * change (02:30 becomes 03:30), as calendar applications do.
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [y, mo, da, h, mi] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null;
  if (new Date(Date.UTC(y, mo - 1, da)).getUTCDate() !== da) return null;
  // TZDate moves a skipped time forward as calendars do, but may resolve a repeated time to its
  // later instant; when the offset fell within the last day, the earlier reading wins if it exists.
  const instant = new TZDate(y, mo - 1, da, h, mi, timeZone).getTime();
  const fallBack = tzOffset(timeZone, new Date(instant - DAY)) - tzOffset(timeZone, new Date(instant));
  if (fallBack > 0) {
    const earlier = wallClock(instant - fallBack * MINUTE, timeZone);
    if (earlier.day === da && earlier.hour === h && earlier.minute === mi)
      return new Date(instant - fallBack * MINUTE).toISOString();
  }
  return new Date(instant).toISOString();
}

/** The date (YYYY-MM-DD) and time (HH:MM) an instant reads as in `timeZone`, for form inputs. */
export function utcToZonedInputs(instant: string | number, timeZone: string): { date: string; time: string } {
  const w = wallClock(new Date(instant).getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

const displayFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant as a reader in `timeZone` sees it, e.g. "Tue, 14 Oct 2025, 09:00". */
export function formatInZone(
  instant: string | number | Date,
  timeZone: string,
  options: Intl.DateTimeFormatOptions = {},
  locale = 'en-GB',
): string {
  // Building a DateTimeFormat is costly and the time strip formats hundreds of slots per keystroke.
  const merged: Intl.DateTimeFormatOptions = {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...options,
  };
  // Keyed on the merged options: JSON drops the undefined ones that switch a default part off.
  const key = `${locale} ${JSON.stringify(merged)}`;
  let f = displayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, merged);
    displayFormats.set(key, f);
  }
  return f.format(new Date(instant));
}

/** A zone's name as people read it, e.g. "Europe/Paris (CEST)", at the given instant. */
export function zoneLabel(timeZone: string, instant: string | number = Date.now()): string {
  const short = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')?.value;
  return short && short !== timeZone ? `${timeZone} (${short})` : timeZone;
}

export type TSlotComfort = 'good' | 'tolerable' | 'unsociable';

/**
 * Whether a slot from `startMinute` (minutes after local midnight) lasting `durationMinutes`
 * keeps within working hours: all of it within 08:00–18:00 is good, within 07:00–21:00
 * tolerable, anything else (night, or running past midnight) unsociable.
 */
export function slotComfort(startMinute: number, durationMinutes = 0): TSlotComfort {
  const end = startMinute + durationMinutes;
  if (startMinute >= 8 * 60 && end <= 18 * 60) return 'good';
  if (startMinute >= 7 * 60 && end <= 21 * 60) return 'tolerable';
  return 'unsociable';
}

export type TMemberZone = { name: string; timeZone: string };

export type TMemberSlot<M extends TMemberZone = TMemberZone> = M & {
  /** Local start and end, e.g. "Tue 09:00" and "10:30" ("Wed 00:30" past midnight). */
  localStart: string;
  localEnd: string;
  comfort: TSlotComfort;
};

/** A member's local times for a proposed slot and how comfortable the slot is for them. */
export function memberSlot<M extends TMemberZone>(
  member: M,
  startsAt: string | number,
  durationMinutes: number,
): TMemberSlot<M> {
  const start = new Date(startsAt).getTime();
  const w = wallClock(start, member.timeZone);
  // The slot is judged from its local start; a DST change inside a session shifts it by an hour at most.
  const comfort = slotComfort(w.hour * 60 + w.minute, durationMinutes);
  const end = start + durationMinutes * MINUTE;
  const clock = { year: undefined, month: undefined, day: undefined, weekday: undefined } as const;
  const localStart = formatInZone(start, member.timeZone, { ...clock, weekday: 'short' });
  // The end names its day only when the slot runs past local midnight.
  const sameDay = wallClock(end, member.timeZone).day === w.day;
  const localEnd = formatInZone(end, member.timeZone, sameDay ? clock : { ...clock, weekday: 'short' });
  return { ...member, localStart, localEnd, comfort };
}

export type TSlotFairness<M extends TMemberZone = TMemberZone> = {
  members: TMemberSlot<M>[];
  counts: Record<TSlotComfort, number>;
  /** A sentence for the facilitator, e.g. "Working hours for 5 of 6 members; unsociable for Ana." */
  summary: string;
};

/** How a proposed slot falls for every member, with a one-sentence summary. */
export function slotFairness<M extends TMemberZone>(
  members: readonly M[],
  startsAt: string | number,
  durationMinutes: number,
): TSlotFairness<M> {
  const slots = members.map((m) => memberSlot(m, startsAt, durationMinutes));
  const counts: Record<TSlotComfort, number> = { good: 0, tolerable: 0, unsociable: 0 };
  for (const s of slots) counts[s.comfort] += 1;
  const names = (c: TSlotComfort) =>
    slots
      .filter((s) => s.comfort === c)
      .map((s) => s.name)
      .join(', ');
  const parts = [`Working hours for ${counts.good} of ${slots.length} ${slots.length === 1 ? 'member' : 'members'}`];
  if (counts.tolerable) parts.push(`early or evening for ${names('tolerable')}`);
  if (counts.unsociable) parts.push(`unsociable for ${names('unsociable')}`);
  return { members: slots, counts, summary: slots.length === 0 ? 'No members to compare.' : `${parts.join('; ')}.` };
}

/**
 * The fairest start times on a date in `timeZone`, every half hour: fewest members at
 * unsociable hours first, then fewest at tolerable ones, then the earlier time.
 */
export function fairestStartTimes(
  date: string,
  timeZone: string,
  members: readonly TMemberZone[],
  durationMinutes: number,
  count = 3,
): { time: string; startsAt: string; fairness: TSlotFairness }[] {
  const candidates: { time: string; startsAt: string; fairness: TSlotFairness }[] = [];
  for (let m = 0; m < 24 * 60; m += 30) {
    const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const startsAt = zonedTimeToUtc(date, time, timeZone);
    if (!startsAt || candidates.some((c) => c.startsAt === startsAt)) continue;
    candidates.push({ time, startsAt, fairness: slotFairness(members, startsAt, durationMinutes) });
  }
  // Array sort is stable, so equally fair times stay in clock order.
  return candidates
    .sort(
      (a, b) =>
        a.fairness.counts.unsociable - b.fairness.counts.unsociable ||
        a.fairness.counts.tolerable - b.fairness.counts.tolerable,
    )
    .slice(0, count);
}
