// Archive bombs sent to the checklist translation import, against the real app: refused quickly
// with a clear 413, read off the event loop (the health check keeps answering within 200 ms),
// and without the server growing by what the archive unpacks to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type TAppProcess, peakRss, signIn, startAppProcess } from './helpers/app-process';
import { zipBomb } from './helpers/zip-bomb';

const BOMB = 300 * 1024 * 1024;

describe('the translation import refuses archive bombs', () => {
  let app: TAppProcess;
  let cookie: string;
  let assessmentId: string;

  beforeAll(async () => {
    app = await startAppProcess();
    cookie = await signIn(app.url, 'facilitator@demo.test');
    const res = await fetch(`${app.url}/api/assessments`, { headers: { cookie } });
    assessmentId = z.object({ assessments: z.array(z.object({ id: z.string() })).min(1) }).parse(await res.json()).assessments[0]!.id;
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  /** Polls /api/health until `until` settles; the slowest answer in ms. */
  async function slowestHealth(until: Promise<unknown>): Promise<number> {
    let settled = false;
    void until.finally(() => (settled = true));
    let slowest = 0;
    while (!settled) {
      const started = performance.now();
      await fetch(`${app.url}/api/health`);
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return slowest;
  }

  it('still reads a real workbook: the blank template is refused for its empty translations', async () => {
    const template = await fetch(`${app.url}/api/assessments/${assessmentId}/checklist/translation/template?format=xlsx`, { headers: { cookie } });
    const form = new FormData();
    form.set('file', new Blob([await template.arrayBuffer()]), 'translation.xlsx');
    form.set('language', 'fr');
    const res = await fetch(`${app.url}/api/assessments/${assessmentId}/checklist/translation`, { method: 'PUT', headers: { cookie, origin: app.url }, body: form });
    expect(res.status).toBe(400);
    expect(z.object({ fieldErrors: z.object({ empty: z.array(z.string()).min(1) }) }).safeParse(await res.json()).success).toBe(true);
  });

  it.each([
    { name: 'declaring its size', declared: BOMB },
    { name: 'declaring a small size', declared: 2048 },
  ])('a 300 MB bomb $name: 413 within seconds, health answering meanwhile', async ({ declared }) => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(await zipBomb(BOMB, declared))]), 'translation.xlsx');
    form.set('language', 'fr');
    const before = peakRss(app.child);
    const started = performance.now();
    const upload = fetch(`${app.url}/api/assessments/${assessmentId}/checklist/translation`, { method: 'PUT', headers: { cookie, origin: app.url }, body: form });
    const slowest = await slowestHealth(upload);
    const res = await upload;
    expect(res.status).toBe(413);
    expect(z.object({ error: z.string() }).parse(await res.json()).error).toMatch(/unpacks to more than 20 MB/);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(slowest).toBeLessThan(200);
    expect(peakRss(app.child) - before).toBeLessThan(150 * 1024 * 1024);
  });
});
