// The limit publicRoute puts on posts without a session: per client address (the header the
// custom server stamps from the socket), so one address spending its burst leaves others alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publicRoute } from '../api/route';
import { CLIENT_ADDRESS_HEADER } from './client-address';
import { PUBLIC_ADDRESS_LIMIT, resetRateLimits } from './rate-limit';

const handler = publicRoute(() => Promise.resolve({ ok: true }));
const post = (address: string) =>
  handler(
    new Request('http://localhost/api/setup', {
      method: 'POST',
      headers: {
        host: 'localhost',
        origin: 'http://localhost',
        'content-type': 'application/json',
        [CLIENT_ADDRESS_HEADER]: address,
      },
      body: '{}',
    }),
    { params: Promise.resolve({}) },
  );

describe('publicRoute rate limit per client address', () => {
  beforeEach(() => {
    resetRateLimits();
    // The clock stands still, so no token is refilled while the burst is spent.
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('answers 429 with Retry-After past the burst, for that address only', async () => {
    for (let i = 0; i < PUBLIC_ADDRESS_LIMIT.burst; i++) expect((await post('203.0.113.7')).status).toBe(200);
    const refused = await post('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post('198.51.100.2')).status).toBe(200);
  });
});
