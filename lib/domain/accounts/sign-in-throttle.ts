// Who may try a password, decided before it is checked. Each attempt is first counted (reserved)
// under three keys, and the counts including it decide:
// - the email from this address: the sixth attempt within LOCK_MS of the last is refused, so
//   parallel guesses get five tries between them, not one each;
// - this address, whatever the email: the twenty-first is refused, so one machine cannot try
//   five passwords on every account it knows;
// - the email from anywhere: only slows (doubling delay, capped at two seconds), never locks, so
//   whoever fails against a facilitator's email from elsewhere cannot shut the facilitator out.
// A right password forgets the email's counts; the address gets its attempt back.

/** Attempts on one email from one address after which that address is locked out of it. */
export const LOCK_AFTER_FAILURES = 5;
/** Attempts from one address, on any emails, after which the address is locked out. */
export const ADDRESS_LOCK_AFTER_FAILURES = 20;
/** How long attempts are remembered after the last one, and so how long a lock lasts. */
export const LOCK_MS = 15 * 60 * 1000;
const MAX_DELAY_MS = 2000;

/** Counts of attempts within the window, this one included. */
export type TAttemptCounts = { pair: number; address: number; email: number };

/** Refused outright (`locked`), or allowed after `delayMs`. */
export type TAttemptVerdict = { locked: true } | { locked: false; delayMs: number };

/** How long to wait before checking a password after `failures` recent failures (doubling, capped). */
export function delayBeforeAttempt(failures: number): number {
  return failures <= 0 ? 0 : Math.min(MAX_DELAY_MS, 250 * 2 ** (failures - 1));
}

/** The verdict on an attempt from its reserved counts. */
export function attemptVerdict(counts: TAttemptCounts): TAttemptVerdict {
  if (counts.pair > LOCK_AFTER_FAILURES || counts.address > ADDRESS_LOCK_AFTER_FAILURES) return { locked: true };
  return { locked: false, delayMs: delayBeforeAttempt(counts.email - 1) };
}

/** Attempts last made before this instant are forgotten at `now`. */
export function attemptWindowStart(now: Date): Date {
  return new Date(now.getTime() - LOCK_MS);
}
