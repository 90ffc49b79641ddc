import { describe, expect, it } from 'vitest';
import { Throttle } from './throttle';

describe('Throttle', () => {
  it('throttles per key', () => {
    const t = new Throttle(1000);
    expect(t.allow('a', 0)).toBe(true);
    expect(t.allow('a', 999)).toBe(false);
    expect(t.allow('b', 999)).toBe(true);
    expect(t.allow('a', 1000)).toBe(true);
  });
});
