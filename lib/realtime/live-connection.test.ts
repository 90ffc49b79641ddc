import { describe, expect, it } from 'vitest';
import { reconnectionDelay } from './live-protocol';

describe('reconnectionDelay', () => {
  it('doubles from 1 s, up to 50 % either way, never past 5 s', () => {
    expect(reconnectionDelay(0, 0)).toBe(1000);
    // Even tenths shorten, odd ones lengthen, by half the random draw.
    expect(reconnectionDelay(0, 0.99)).toBe(1495);
    expect(reconnectionDelay(0, 0.8)).toBe(600);
    expect(reconnectionDelay(1, 0.5)).toBe(2500);
    expect(reconnectionDelay(2, 0.5)).toBe(5000);
    expect(reconnectionDelay(3, 0)).toBe(5000);
  });
});
