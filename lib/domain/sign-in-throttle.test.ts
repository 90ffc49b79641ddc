import { describe, expect, it } from 'vitest';
import { LOCK_AFTER_FAILURES, LOCK_MS, activeFailures, afterFailure, delayBeforeAttempt, lockedUntil } from './sign-in-throttle';

const t0 = new Date('2026-01-01T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('sign-in throttle', () => {
  it('slows down, then locks after repeated failures', () => {
    let state = null;
    for (let i = 1; i < LOCK_AFTER_FAILURES; i++) {
      state = afterFailure(state, t0);
      expect(lockedUntil(state, t0)).toBeNull();
      expect(delayBeforeAttempt(state.failures)).toBeGreaterThan(delayBeforeAttempt(state.failures - 1));
    }
    state = afterFailure(state, t0);
    expect(lockedUntil(state, t0)).toEqual(later(LOCK_MS));
    expect(lockedUntil(state, later(LOCK_MS + 1))).toBeNull();
  });

  it('caps the delay and forgets old failures', () => {
    expect(delayBeforeAttempt(0)).toBe(0);
    expect(delayBeforeAttempt(50)).toBe(2000);
    const state = afterFailure(afterFailure(null, t0), t0);
    expect(activeFailures(state, later(1000))).toBe(2);
    expect(activeFailures(state, later(LOCK_MS + 1))).toBe(0);
  });
});
