import { describe, expect, it } from 'vitest';
import { Throttle, TokenBucket } from './throttle';

describe('Throttle', () => {
  it('throttles per key', () => {
    const t = new Throttle(1000);
    expect(t.allow('a', 0)).toBe(true);
    expect(t.allow('a', 999)).toBe(false);
    expect(t.allow('b', 999)).toBe(true);
    expect(t.allow('a', 1000)).toBe(true);
  });
});

describe('TokenBucket', () => {
  it('allows a burst, then the steady rate', () => {
    const b = new TokenBucket(20, 40, 0);
    for (let i = 0; i < 40; i++) expect(b.take(0)).toBe(true);
    expect(b.take(0)).toBe(false);
    expect(b.take(50)).toBe(true);
    expect(b.take(50)).toBe(false);
    expect(b.take(10_000)).toBe(true);
  });

  it('charges a costly event several tokens, and refuses it whole when they are not there', () => {
    const b = new TokenBucket(20, 40, 0);
    for (let i = 0; i < 5; i++) expect(b.take(0, 8)).toBe(true);
    expect(b.take(0, 8)).toBe(false);
    // 350 ms refill 7 tokens: not enough for a join, enough for small events.
    expect(b.take(350, 8)).toBe(false);
    expect(b.take(350)).toBe(true);
    expect(b.take(400, 8)).toBe(false);
    expect(b.take(1000, 8)).toBe(true);
  });
});
