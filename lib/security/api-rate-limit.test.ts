// The rate limit as authedRoute applies it: a user's mutations beyond the burst answer 429 with
// Retry-After, their reads and other users' mutations still pass.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { authedRoute } from '../api/route';
import { API_MUTATION_LIMIT, resetRateLimits } from './rate-limit';

const current = vi.hoisted(() => ({ id: 'user-1' }));
vi.mock('../auth/session', () => ({
  getSessionUser: () =>
    Promise.resolve({ id: current.id, email: 'x@example.test', name: 'X', isAdmin: false, timeZone: null }),
}));

const handler = authedRoute(() => Promise.resolve({ ok: true }));
const call = (method: string) =>
  handler(
    new Request('http://localhost/api/x', {
      method,
      headers: { host: 'localhost', origin: 'http://localhost', 'content-type': 'application/json' },
      body: method === 'GET' ? undefined : '{}',
    }),
    { params: Promise.resolve({}) },
  );

describe('authedRoute rate limit', () => {
  beforeEach(() => {
    resetRateLimits();
    current.id = 'user-1';
    // The clock stands still, so no token is refilled while the burst is spent.
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('answers 429 with Retry-After once a user spends the burst of mutations', async () => {
    for (let i = 0; i < API_MUTATION_LIMIT.burst; i++) expect((await call('POST')).status).toBe(200);
    const refused = await call('PATCH');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Reads are not limited, and another user has a bucket of their own.
    expect((await call('GET')).status).toBe(200);
    current.id = 'user-2';
    expect((await call('DELETE')).status).toBe(200);
  });
});
