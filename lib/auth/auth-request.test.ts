// What next-auth's route hands on or answers itself: posts past the per-address burst and bodies
// past the limit are refused in next-auth's answer shape (a `url` carrying the error), which its
// client needs to show the message instead of failing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '../security/client-address';
import { resetRateLimits } from '../security/rate-limit';
import { boundedAuthRequest } from './auth-request';

const post = (address: string, body = 'email=a%40b.example&password=x') =>
  boundedAuthRequest(
    new Request('http://localhost/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', [CLIENT_ADDRESS_HEADER]: address },
      body,
    }),
  );

describe('boundedAuthRequest', () => {
  beforeEach(() => {
    resetRateLimits();
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('hands next-auth a copy of the body, then refuses an address past its burst with a 429 next-auth can read', async () => {
    const first = await post('203.0.113.5');
    expect(first).not.toBeInstanceOf(Response);
    expect(await (first as Request).text()).toBe('email=a%40b.example&password=x');
    let refused: Request | Response = first;
    for (let i = 0; i < 100 && !(refused instanceof Response); i++) refused = await post('203.0.113.5');
    expect(refused).toBeInstanceOf(Response);
    const res = refused as Response;
    expect(res.status).toBe(429);
    const body = (await res.json()) as { url: string };
    expect(new URL(body.url).searchParams.get('error')).toMatch(/Too many sign-in attempts/);
    expect(await post('198.51.100.5')).not.toBeInstanceOf(Response);
  });

  it('refuses a body past the limit with 413', async () => {
    const res = await post('192.0.2.5', 'x'.repeat(100 * 1024));
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).status).toBe(413);
  });
});
