// Every route that reads a body stops at its limit whatever the framing: bodies streamed in chunks
// with no Content-Length, far over each limit, are refused (413, or 404 for an unknown survey
// link before any of it is read) without the server holding them, against the real app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type TAppProcess, peakRss, sendChunked, signIn, startAppProcess } from './helpers/app-process';

const BODY = 100 * 1024 * 1024;
const MB = 1024 * 1024;
// The refusing server may hold a limit's worth (10 MB for files) and its own bookkeeping, never the body.
const MAX_GROWTH = 40 * 1024 * 1024;
const MULTIPART = { 'content-type': 'multipart/form-data; boundary=xyz' };
const JSON_TYPE = { 'content-type': 'application/json' };

describe('request bodies are limited by what arrives, not by Content-Length', () => {
  let app: TAppProcess;
  let cookie: string;
  let assessmentId: string;
  let surveyToken: string;

  beforeAll(async () => {
    app = await startAppProcess();
    cookie = await signIn(app.url, 'facilitator@demo.test');
    const call = async <S extends z.ZodType>(method: string, pathname: string, schema: S, body?: unknown): Promise<z.infer<S>> => {
      const res = await fetch(`${app.url}${pathname}`, { method, headers: { cookie, origin: app.url, ...JSON_TYPE }, body: body === undefined ? undefined : JSON.stringify(body) });
      if (!res.ok) throw new Error(`${method} ${pathname}: ${res.status} ${await res.text()}`);
      return schema.parse(await res.json());
    };
    assessmentId = (await call('GET', '/api/assessments', z.object({ assessments: z.array(z.object({ id: z.string() })).min(1) }))).assessments[0]!.id;
    const { survey } = await call('POST', `/api/assessments/${assessmentId}/surveys`, z.object({ survey: z.object({ id: z.string() }) }), { template: 'staff' });
    const opened = await call('PUT', `/api/assessments/${assessmentId}/surveys/${survey.id}/status`, z.object({ survey: z.object({ publicToken: z.string() }) }), { status: 'open' });
    surveyToken = opened.survey.publicToken;
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  // `pauseAt`: a little past the route's limit, where the client stops writing until the answer
  // comes, so the answer is not lost to a write meeting the connection the server has closed.
  const routes: { name: string; method?: string; path: () => string; headers: () => Record<string, string>; status: number; pauseAt: number }[] = [
    { name: 'an anonymous survey answer', path: () => `/api/survey/${surveyToken}`, headers: () => JSON_TYPE, status: 413, pauseAt: 0.5 * MB },
    { name: 'an answer to an unknown survey link', path: () => `/api/survey/${'x'.repeat(43)}`, headers: () => JSON_TYPE, status: 404, pauseAt: 0.25 * MB },
    { name: 'sign-in', path: () => '/api/auth/callback/credentials', headers: () => ({ 'content-type': 'application/x-www-form-urlencoded' }), status: 413, pauseAt: 0.25 * MB },
    { name: 'invitation acceptance', path: () => '/api/invitations/accept', headers: () => JSON_TYPE, status: 413, pauseAt: 2.5 * MB },
    { name: 'a JSON mutation', path: () => `/api/assessments/${assessmentId}/surveys`, headers: () => ({ ...JSON_TYPE, cookie }), status: 413, pauseAt: 2.5 * MB },
    { name: 'an evidence file', path: () => `/api/assessments/${assessmentId}/questions/transparency.1/evidence`, headers: () => ({ ...MULTIPART, cookie }), status: 413, pauseAt: 10.5 * MB },
    { name: 'a library file', path: () => `/api/assessments/${assessmentId}/documents`, headers: () => ({ ...MULTIPART, cookie }), status: 413, pauseAt: 10.5 * MB },
    { name: 'a translation file', method: 'PUT', path: () => `/api/assessments/${assessmentId}/checklist/translation`, headers: () => ({ ...MULTIPART, cookie }), status: 413, pauseAt: 5.5 * MB },
  ];

  it.each(routes)('$name: a chunked body far over the limit is refused without being held', async ({ method = 'POST', path, headers, status, pauseAt }) => {
    const before = peakRss(app.child);
    const res = await sendChunked(app.url, method, path(), headers(), BODY, pauseAt);
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toHaveProperty('error');
    expect(peakRss(app.child) - before).toBeLessThan(MAX_GROWTH);
    // The server closed the connection instead of reading the rest.
    expect(res.sent).toBeLessThan(BODY);
  });
});
