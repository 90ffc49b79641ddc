// Hostile archives sent to the checklist translation import, against the real app: bombs that
// tell the truth or lie about their size, too many entries, entity expansion inside a sheet,
// garbage and truncated zips. Each is refused quickly with a clear 4xx, read off the event loop,
// while the server stays within 100 MB of its idle size and its health check within 200 ms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type TAppProcess, signIn, startAppProcess } from '../integration/helpers/app-process';
import { expectHeld, idleSize, underAttack } from './helpers/watch';
import { readZip, writeZip } from './helpers/zip';
import { zipBomb } from './helpers/zip-bomb';

const BOMB = 300 * 1024 * 1024;
const ZError = z.object({ error: z.string() });

// Nine levels of ten: a sheet that would expand to a billion "lol"s if a parser expanded entities.
const LAUGHS =
  '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('') +
  ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>';

describe('the translation import refuses hostile archives', () => {
  let app: TAppProcess;
  let cookie: string;
  let assessmentId: string;
  let template: Buffer;
  let idle: number;

  const upload = (bytes: Buffer) => {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(bytes)]), 'translation.xlsx');
    form.set('language', 'fr');
    return fetch(`${app.url}/api/assessments/${assessmentId}/checklist/translation`, {
      method: 'PUT',
      headers: { cookie, origin: app.url },
      body: form,
    });
  };

  beforeAll(async () => {
    app = await startAppProcess();
    cookie = await signIn(app.url, 'facilitator@demo.test');
    const res = await fetch(`${app.url}/api/assessments`, { headers: { cookie } });
    assessmentId = z.object({ assessments: z.array(z.object({ id: z.string() })).min(1) }).parse(await res.json())
      .assessments[0]!.id;
    const download = await fetch(
      `${app.url}/api/assessments/${assessmentId}/checklist/translation/template?format=xlsx`,
      { headers: { cookie } },
    );
    template = Buffer.from(await download.arrayBuffer());
    // One real import first, so the worker's code is loaded before the idle size is taken.
    idle = await idleSize(app, () => upload(template));
  }, 300_000);

  afterAll(async () => {
    await app?.close();
  });

  it('still reads a real workbook: the blank template is refused for its empty translations', async () => {
    const res = await upload(template);
    expect(res.status).toBe(400);
    expect(
      z.object({ fieldErrors: z.object({ empty: z.array(z.string()).min(1) }) }).safeParse(await res.json()).success,
    ).toBe(true);
  });

  it.each([
    { name: 'declaring its size', declared: BOMB },
    { name: 'declaring a small size', declared: 2048 },
  ])('a 300 MB bomb $name: 413 within seconds, health answering meanwhile', async ({ declared }) => {
    const bomb = await zipBomb(BOMB, declared);
    const started = performance.now();
    const watched = await underAttack(app, idle, async () => {
      const res = await upload(bomb);
      return { status: res.status, body: ZError.parse(await res.json()) };
    });
    expect(watched.result.status).toBe(413);
    expect(watched.result.body.error).toMatch(/unpacks to more than 20 MB/);
    expect(performance.now() - started).toBeLessThan(5000);
    expectHeld(watched);
  });

  it('three bombs at once are each refused', async () => {
    const bomb = await zipBomb(BOMB, 2048);
    const watched = await underAttack(app, idle, () =>
      Promise.all([1, 2, 3].map(async () => (await upload(bomb)).status)),
    );
    // Refused for their size, or, past the imports that may run at once, asked to wait.
    for (const status of watched.result) expect([413, 503]).toContain(status);
    expect(watched.result).toContain(413);
    expectHeld(watched);
  });

  it('a zip of thousands of small entries is refused before any is inflated', async () => {
    const entries = readZip(template);
    for (let i = 0; i < 5000; i++) entries.set(`xl/media/image${i}.png`, Buffer.from('x'));
    const watched = await underAttack(app, idle, async () => {
      const res = await upload(writeZip(entries));
      return { status: res.status, body: ZError.parse(await res.json()) };
    });
    expect(watched.result.status).toBe(413);
    expect(watched.result.body.error).toMatch(/more than 200 parts/);
    expectHeld(watched);
  });

  it('a sheet that expands entities a billion times is refused without expanding them', async () => {
    const entries = readZip(template);
    const sheet = [...entries.keys()].find((name) => name.startsWith('xl/worksheets/'));
    expect(sheet).toBeDefined();
    entries.set(sheet!, Buffer.from(LAUGHS));
    const watched = await underAttack(app, idle, async () => {
      const res = await upload(writeZip(entries));
      return { status: res.status, body: ZError.parse(await res.json()) };
    });
    expect(watched.result.status).toBeGreaterThanOrEqual(400);
    expect(watched.result.status).toBeLessThan(500);
    expectHeld(watched);
  });

  it.each([
    { name: 'random bytes', bytes: () => Buffer.from(crypto.getRandomValues(new Uint8Array(64 * 1024))) },
    { name: 'a workbook cut in half', bytes: () => template.subarray(0, Math.floor(template.length / 2)) },
    {
      name: 'a workbook with its directory pointing past the end',
      bytes: () =>
        Buffer.concat([template.subarray(0, template.length - 6), Buffer.from([0xff, 0xff, 0xff, 0x7f, 0, 0])]),
    },
    { name: 'an empty file', bytes: () => Buffer.alloc(0) },
  ])('$name: a 400 saying the file cannot be read', async ({ bytes }) => {
    const watched = await underAttack(app, idle, async () => {
      const res = await upload(bytes());
      return { status: res.status, body: ZError.parse(await res.json()) };
    });
    expect(watched.result.status).toBe(400);
    expect(watched.result.body.error.length).toBeGreaterThan(0);
    expectHeld(watched);
  });
});
