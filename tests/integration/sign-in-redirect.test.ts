// After sign-in nobody is sent to another site, against the real app: the sign-in page's server
// redirect for a signed-in person, and the URL next-auth answers a credentials sign-in with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type TAppProcess, signIn, startAppProcess } from './helpers/app-process';

const TRICKS = ['/\\evil.example', '/\t/evil.example', '//evil.example', 'https://evil.example/'];

describe('the callback after sign-in stays on the site', () => {
  let app: TAppProcess;
  let cookie: string;

  beforeAll(async () => {
    app = await startAppProcess();
    cookie = await signIn(app.url, 'observer@demo.test');
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  it.each(TRICKS)('the sign-in page sends a signed-in person to the default, not to %j', async (trick) => {
    const res = await fetch(`${app.url}/sign-in?callbackUrl=${encodeURIComponent(trick)}`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    expect(new URL(res.headers.get('location')!, app.url).href).toBe(`${app.url}/assessments`);
  });

  it('keeps a path of the site', async () => {
    const res = await fetch(`${app.url}/sign-in?callbackUrl=${encodeURIComponent('/assessments?x=1#y')}`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect(res.headers.get('location')).toBe('/assessments?x=1#y');
  });

  it.each(TRICKS)('next-auth answers a sign-in with %j as callback with a URL of the site', async (trick) => {
    const csrf = await fetch(`${app.url}/api/auth/csrf`);
    const { csrfToken } = z.object({ csrfToken: z.string() }).parse(await csrf.json());
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const res = await fetch(`${app.url}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
      body: new URLSearchParams({
        csrfToken,
        email: 'senior@demo.test',
        password: 'integrity-demo',
        callbackUrl: trick,
        json: 'true',
      }),
    });
    expect(z.object({ url: z.string() }).parse(await res.json()).url).toBe(`${app.url}/assessments`);
  });
});
