/**
 * The shared countdown as stored: a running timer has an end instant, a paused one the time it
 * had left. Storing the instant (not a remaining count) lets every client, and a reload, compute
 * the same remaining time from one clock.
 */
export type TLiveTimer = { label: string; endsAt: string | null; pausedRemainingMs: number | null };

/** Longest timer the console accepts, in minutes (a whole workshop day). */
export const MAX_TIMER_MINUTES = 8 * 60;

/** A timer of `minutes` starting at `now`. */
export function startTimer(now: number, minutes: number, label: string): TLiveTimer {
  return { label, endsAt: new Date(now + minutes * 60_000).toISOString(), pausedRemainingMs: null };
}

/** Milliseconds left at `now` (server time), never negative. */
export function remainingMs(timer: TLiveTimer, now: number): number {
  if (timer.pausedRemainingMs !== null) return Math.max(0, timer.pausedRemainingMs);
  if (timer.endsAt === null) return 0;
  return Math.max(0, Date.parse(timer.endsAt) - now);
}

/** The timer frozen at what it has left at `now`; a paused timer stays as it is. */
export function pauseTimer(timer: TLiveTimer, now: number): TLiveTimer {
  if (timer.pausedRemainingMs !== null) return timer;
  return { label: timer.label, endsAt: null, pausedRemainingMs: remainingMs(timer, now) };
}

/** A paused timer running again from `now` with what it had left; a running one stays as it is. */
export function resumeTimer(timer: TLiveTimer, now: number): TLiveTimer {
  if (timer.pausedRemainingMs === null) return timer;
  return { label: timer.label, endsAt: new Date(now + timer.pausedRemainingMs).toISOString(), pausedRemainingMs: null };
}

/** The timer with `ms` more; an expired running timer restarts from `now` rather than from its past end. */
export function addTime(timer: TLiveTimer, ms: number, now: number): TLiveTimer {
  if (timer.pausedRemainingMs !== null)
    return { ...timer, pausedRemainingMs: Math.min(timer.pausedRemainingMs + ms, MAX_TIMER_MINUTES * 60_000) };
  const left = remainingMs(timer, now);
  return { ...timer, endsAt: new Date(now + Math.min(left + ms, MAX_TIMER_MINUTES * 60_000)).toISOString() };
}

/**
 * How far the server's clock is ahead of this client's, from one request/answer round trip:
 * the server read its clock about halfway between sending and receiving.
 */
export function clockOffsetMs(sentAt: number, receivedAt: number, serverNow: number): number {
  return serverNow - (sentAt + receivedAt) / 2;
}

/** `mm:ss` of a remaining time, rounding up so that 00:00 means time is up. */
export function formatMmSs(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/**
 * When a screen reader should hear this remaining time: the whole minutes left at each whole
 * minute (0 when time is up), null otherwise, so the live region speaks once a minute, not every
 * second. The words are the interface language's (components/workshop/live/timer-display.tsx).
 */
export function announcedMinutes(ms: number): number | null {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  return total % 60 === 0 ? total / 60 : null;
}
