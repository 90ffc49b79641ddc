/** Consecutive failures after which an email is locked. */
export const LOCK_AFTER_FAILURES = 5;
/** How long a lock lasts, and how long failures are remembered. */
export const LOCK_MS = 15 * 60 * 1000;
const MAX_DELAY_MS = 2000;

export type TThrottleState = { failures: number; lastFailureAt: Date; lockedUntil: Date | null };

/** Failures still counting at `now`: they are forgotten once LOCK_MS has passed since the last. */
export function activeFailures(state: TThrottleState | null, now: Date): number {
  if (!state) return 0;
  return now.getTime() - state.lastFailureAt.getTime() > LOCK_MS ? 0 : state.failures;
}

/** Until when the email is locked at `now`, or null when it may try. */
export function lockedUntil(state: TThrottleState | null, now: Date): Date | null {
  return state?.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null;
}

/** How long to wait before checking a password after `failures` recent failures (doubling, capped). */
export function delayBeforeAttempt(failures: number): number {
  return failures <= 0 ? 0 : Math.min(MAX_DELAY_MS, 250 * 2 ** (failures - 1));
}

/** The state after one more failure at `now`: the fifth in a row locks the email. */
export function afterFailure(state: TThrottleState | null, now: Date): TThrottleState {
  const failures = activeFailures(state, now) + 1;
  return {
    failures,
    lastFailureAt: now,
    lockedUntil: failures >= LOCK_AFTER_FAILURES ? new Date(now.getTime() + LOCK_MS) : null,
  };
}
