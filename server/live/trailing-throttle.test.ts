import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrailingThrottle } from './trailing-throttle';

describe('TrailingThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('flushes a burst once per interval, trailing, per key', () => {
    const flushed: string[] = [];
    const t = new TrailingThrottle(100, (k) => flushed.push(`${k}@${Date.now()}`));
    const start = Date.now();
    t.request('a');
    t.request('a');
    t.request('b');
    vi.advanceTimersByTime(0);
    expect(flushed).toEqual([`a@${start}`, `b@${start}`]);
    for (let i = 0; i < 9; i++) {
      vi.advanceTimersByTime(10);
      t.request('a');
    }
    vi.advanceTimersByTime(100);
    // The burst after the first flush is sent once, 100 ms after it, and nothing is lost.
    expect(flushed).toEqual([`a@${start}`, `b@${start}`, `a@${start + 100}`]);
  });

  it('flushes at once on demand, cancelling the waiting flush', () => {
    const flushed: number[] = [];
    const t = new TrailingThrottle(100, () => flushed.push(Date.now()));
    t.request('r');
    vi.advanceTimersByTime(0);
    t.request('r');
    t.now('r');
    vi.advanceTimersByTime(500);
    expect(flushed).toHaveLength(2);
  });
});
