import { beforeEach, describe, expect, it } from 'vitest';
import { resetRateLimits, takeToken } from './rate-limit';

const limit = { perSecond: 20, burst: 60 };

describe('takeToken', () => {
  beforeEach(() => resetRateLimits());

  it('allows a burst, then refuses with a Retry-After of at least one second', () => {
    for (let i = 0; i < 60; i++) expect(takeToken('u1', limit, 1000)).toEqual({ ok: true });
    expect(takeToken('u1', limit, 1000)).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('refills at the configured rate', () => {
    for (let i = 0; i < 60; i++) takeToken('u1', limit, 0);
    expect(takeToken('u1', limit, 0).ok).toBe(false);
    // 100 ms at 20/s is two tokens.
    expect(takeToken('u1', limit, 100).ok).toBe(true);
    expect(takeToken('u1', limit, 100).ok).toBe(true);
    expect(takeToken('u1', limit, 100).ok).toBe(false);
  });

  it('keeps users apart', () => {
    for (let i = 0; i < 60; i++) takeToken('u1', limit, 0);
    expect(takeToken('u1', limit, 0).ok).toBe(false);
    expect(takeToken('u2', limit, 0).ok).toBe(true);
  });

  it('never refills past the burst', () => {
    takeToken('u1', limit, 0);
    for (let i = 0; i < 60; i++) expect(takeToken('u1', limit, 3_600_000).ok).toBe(true);
    expect(takeToken('u1', limit, 3_600_000).ok).toBe(false);
  });
});
