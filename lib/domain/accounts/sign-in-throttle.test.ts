import { describe, expect, it } from 'vitest';
import {
  ADDRESS_LOCK_AFTER_FAILURES,
  LOCK_AFTER_FAILURES,
  LOCK_MS,
  attemptVerdict,
  attemptWindowStart,
  delayBeforeAttempt,
} from './sign-in-throttle';

describe('sign-in throttle', () => {
  it('locks an email for an address after its fifth attempt, and an address after its twentieth', () => {
    expect(attemptVerdict({ pair: LOCK_AFTER_FAILURES, address: LOCK_AFTER_FAILURES, email: 1 }).locked).toBe(false);
    expect(attemptVerdict({ pair: LOCK_AFTER_FAILURES + 1, address: LOCK_AFTER_FAILURES + 1, email: 1 })).toEqual({
      locked: true,
    });
    expect(attemptVerdict({ pair: 1, address: ADDRESS_LOCK_AFTER_FAILURES + 1, email: 1 })).toEqual({ locked: true });
  });

  it('only slows an email failed from elsewhere, never locks it', () => {
    expect(attemptVerdict({ pair: 1, address: 1, email: 1 })).toEqual({ locked: false, delayMs: 0 });
    expect(attemptVerdict({ pair: 1, address: 1, email: 3 })).toEqual({ locked: false, delayMs: 500 });
    expect(attemptVerdict({ pair: 1, address: 1, email: 1000 })).toEqual({ locked: false, delayMs: 2000 });
  });

  it('caps the delay and remembers attempts for the lock time', () => {
    expect(delayBeforeAttempt(0)).toBe(0);
    expect(delayBeforeAttempt(50)).toBe(2000);
    const now = new Date('2026-01-01T10:00:00Z');
    expect(now.getTime() - attemptWindowStart(now).getTime()).toBe(LOCK_MS);
  });
});
