// Hostile HTTP bodies against the real app: bodies streamed in chunks with no Content-Length, far
// over each route's limit, are refused (413, or 404 for an unknown survey link before any of it
// is read) without the server holding them; several at once, malformed and deeply nested JSON,
// slow trickles and a flood of anonymous posts change nothing either. During each, the server
// stays within 100 MB of its idle size and its health check answers within 200 ms.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type TAppProcess, peakRss, sendChunked, signIn, startAppProcess } from '../integration/helpers/app-process';
import { expectHeld, idleSize, underAttack } from './helpers/watch';

const BODY = 100 * 1024 * 1024;
const MB = 1024 * 1024;
// The refusing server may hold a limit's worth (10 MB for files) and its own bookkeeping, never the body.
const MAX_GROWTH = 40 * 1024 * 1024;
const MULTIPART = { 'content-type': 'multipart/form-data; boundary=xyz' };
const JSON_TYPE = { 'content-type': 'application/json' };
const randomToken = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');

describe('request bodies are limited by what arrives, not by Content-Length', () => {
  let app: TAppProcess;
  let cookie: string;
  let assessmentId: string;
  let surveyToken: string;
  let idle: number;

  const post = (pathname: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${pathname}`, { method: 'POST', headers: { origin: app.url, ...JSON_TYPE, ...headers }, body });

  beforeAll(async () => {
    app = await startAppProcess();
    cookie = await signIn(app.url, 'facilitator@demo.test');
    const call = async <S extends z.ZodType>(
      method: string,
      pathname: string,
      schema: S,
      body?: unknown,
    ): Promise<z.infer<S>> => {
      const res = await fetch(`${app.url}${pathname}`, {
        method,
        headers: { cookie, origin: app.url, ...JSON_TYPE },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${pathname}: ${res.status} ${await res.text()}`);
      return schema.parse(await res.json());
    };
    assessmentId = (
      await call('GET', '/api/assessments', z.object({ assessments: z.array(z.object({ id: z.string() })).min(1) }))
    ).assessments[0]!.id;
    const { survey } = await call(
      'POST',
      `/api/assessments/${assessmentId}/surveys`,
      z.object({ survey: z.object({ id: z.string() }) }),
      { template: 'staff' },
    );
    const opened = await call(
      'PUT',
      `/api/assessments/${assessmentId}/surveys/${survey.id}/status`,
      z.object({ survey: z.object({ publicToken: z.string() }) }),
      { status: 'open' },
    );
    surveyToken = opened.survey.publicToken;
    // Every route attacked below answers once with a small body, so its code is loaded before
    // the idle size is taken.
    idle = await idleSize(app, () =>
      Promise.all([
        post(`/api/survey/${surveyToken}`, '{}'),
        post(`/api/survey/${randomToken()}`, '{}'),
        post('/api/invitations/accept', '{}'),
        post(`/api/assessments/${assessmentId}/surveys`, '{}', { cookie }),
        post(`/api/assessments/${assessmentId}/questions/transparency.1/evidence`, '--xyz--', { ...MULTIPART, cookie }),
        post(`/api/assessments/${assessmentId}/documents`, '--xyz--', { ...MULTIPART, cookie }),
        fetch(`${app.url}/api/assessments/${assessmentId}/checklist/translation`, {
          method: 'PUT',
          headers: { origin: app.url, ...MULTIPART, cookie },
          body: '--xyz--',
        }),
      ]),
    );
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  // `pauseAt`: a little past the route's limit, where the client stops writing until the answer
  // comes, so the answer is not lost to a write meeting the connection the server has closed.
  const routes: {
    name: string;
    method?: string;
    path: () => string;
    headers: () => Record<string, string>;
    status: number;
    pauseAt: number;
  }[] = [
    {
      name: 'an anonymous survey answer',
      path: () => `/api/survey/${surveyToken}`,
      headers: () => JSON_TYPE,
      status: 413,
      pauseAt: 0.5 * MB,
    },
    {
      name: 'an answer to an unknown survey link',
      path: () => `/api/survey/${'x'.repeat(43)}`,
      headers: () => JSON_TYPE,
      status: 404,
      pauseAt: 0.25 * MB,
    },
    {
      name: 'sign-in',
      path: () => '/api/auth/callback/credentials',
      headers: () => ({ 'content-type': 'application/x-www-form-urlencoded' }),
      status: 413,
      pauseAt: 0.25 * MB,
    },
    {
      name: 'invitation acceptance',
      path: () => '/api/invitations/accept',
      headers: () => JSON_TYPE,
      status: 413,
      pauseAt: 2.5 * MB,
    },
    {
      name: 'a JSON mutation',
      path: () => `/api/assessments/${assessmentId}/surveys`,
      headers: () => ({ ...JSON_TYPE, cookie }),
      status: 413,
      pauseAt: 2.5 * MB,
    },
    {
      name: 'an evidence file',
      path: () => `/api/assessments/${assessmentId}/questions/transparency.1/evidence`,
      headers: () => ({ ...MULTIPART, cookie }),
      status: 413,
      pauseAt: 10.5 * MB,
    },
    {
      name: 'a library file',
      path: () => `/api/assessments/${assessmentId}/documents`,
      headers: () => ({ ...MULTIPART, cookie }),
      status: 413,
      pauseAt: 10.5 * MB,
    },
    {
      name: 'a translation file',
      method: 'PUT',
      path: () => `/api/assessments/${assessmentId}/checklist/translation`,
      headers: () => ({ ...MULTIPART, cookie }),
      status: 413,
      pauseAt: 5.5 * MB,
    },
  ];

  it.each(routes)(
    '$name: a chunked body far over the limit is refused without being held',
    async ({ method = 'POST', path, headers, status, pauseAt }) => {
      const before = peakRss(app.child);
      const watched = await underAttack(app, idle, () =>
        sendChunked(app.url, method, path(), headers(), BODY, pauseAt),
      );
      const res = watched.result;
      expect(res.status).toBe(status);
      expect(JSON.parse(res.body)).toHaveProperty('error');
      expect(peakRss(app.child) - before).toBeLessThan(MAX_GROWTH);
      // The server closed the connection instead of reading the rest.
      expect(res.sent).toBeLessThan(BODY);
      expectHeld(watched);
    },
  );

  it('six 100 MB bodies at once to the anonymous survey route, to its real link and to random ones', async () => {
    const watched = await underAttack(app, idle, () =>
      Promise.all(
        [surveyToken, surveyToken, randomToken(), randomToken(), randomToken(), randomToken()].map((token) =>
          sendChunked(app.url, 'POST', `/api/survey/${token}`, JSON_TYPE, BODY, 0.5 * MB),
        ),
      ),
    );
    expect(watched.result.map((r) => r.status)).toEqual([413, 413, 404, 404, 404, 404]);
    for (const r of watched.result) expect(r.sent).toBeLessThan(BODY);
    expectHeld(watched);
  });

  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const nestedObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  const badBodies: { name: string; body: string }[] = [
    { name: 'not JSON', body: '{"answers": [1, 2,' },
    { name: 'arrays nested 100,000 deep', body: nested(100_000) },
    { name: 'objects nested 40,000 deep', body: nestedObject(40_000) },
    { name: 'a lone surrogate and NUL', body: '{"answers":"\\ud800\\u0000"}' },
    { name: 'a number too large', body: '{"answers":1e999999}' },
    { name: 'a prototype key', body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}' },
  ];

  it.each(badBodies)('$name is a 400 with an error, never a 500, on every JSON route', async ({ body }) => {
    const watched = await underAttack(app, idle, () =>
      Promise.all(
        [
          post(`/api/survey/${surveyToken}`, body),
          post('/api/invitations/accept', body),
          post(`/api/assessments/${assessmentId}/surveys`, body, { cookie }),
        ].map(async (r) => {
          const res = await r;
          return { status: res.status, body: (await res.json()) as unknown };
        }),
      ),
    );
    for (const res of watched.result) {
      expect(res.status).toBe(400);
      expect(res.body).toHaveProperty('error');
    }
    expectHeld(watched);
  });

  it('a hundred bodies trickling in slowly hold no more than their connections', async () => {
    // Opened 10 ms apart, as a slow-loris client would, each sending half a kilobyte every 100 ms.
    const trickle = (i: number) =>
      new Promise<void>((resolve) => setTimeout(resolve, i * 10)).then(
        () =>
          new Promise<void>((resolve) => {
            const req = http.request(`${app.url}/api/survey/${surveyToken}`, {
              method: 'POST',
              headers: { origin: app.url, ...JSON_TYPE },
            });
            req.on('error', () => resolve());
            req.on('response', (res) => (res.resume(), resolve()));
            req.write('{"answers":{');
            let writes = 0;
            const timer = setInterval(() => {
              if (++writes > 20) {
                clearInterval(timer);
                req.destroy();
                return resolve();
              }
              req.write(`"q${writes}":"${'x'.repeat(512)}",`);
            }, 100);
          }),
      );
    const watched = await underAttack(app, idle, () => Promise.all(Array.from({ length: 100 }, (_, i) => trickle(i))));
    expectHeld(watched);
    // The server still answers a real respondent after they gave up.
    const res = await post(`/api/survey/${surveyToken}`, JSON.stringify({}));
    expect(res.status).toBe(400);
  });

  // Last: it spends this address's allowance of anonymous posts.
  it('a flood of anonymous posts to random survey links is limited per address, not per link', async () => {
    const watched = await underAttack(app, idle, async () => {
      const statuses: number[] = [];
      for (let round = 0; round < 25; round++) {
        const answers = await Promise.all(
          Array.from({ length: 10 }, () => post(`/api/survey/${randomToken()}`, '{"answers":{}}')),
        );
        for (const res of answers) {
          statuses.push(res.status);
          if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
          await res.arrayBuffer();
        }
      }
      return statuses;
    });
    expect(new Set(watched.result)).toEqual(new Set([404, 429]));
    expect(watched.result.filter((s) => s === 404).length).toBeLessThanOrEqual(130);
    expectHeld(watched);
  });
});
