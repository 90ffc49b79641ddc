// What a participant on a slow link waits for and downloads: `npm run bench:page`. The last line
// printed is one JSON object. Builds when stale, serves the production build with the demo
// workshop on a fresh database (in its own process, `--server`), and loads the busiest pages in
// Chromium throttled as Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
// up, the CPU four times slower. Each page is loaded cold (a new browser profile) and warm (the
// same page loaded once before in that profile, so the HTTP cache holds what it may), PAGE_RUNS
// times each; the medians are reported. The offline service worker is blocked, so that every
// byte crosses the throttled network and is counted.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type CDPSession, chromium } from '@playwright/test';
import { findChromium } from '../scripts/chromium';
import { ensureBuild, root } from '../scripts/ensure-build';

const RUNS = Number(process.env.PAGE_RUNS ?? 3);
// PAGE_ONLY=area,plan measures only those pages; PAGE_SCRIPTS=1 also lists, on stderr, every script
// a cold load fetched with its bytes: what to look at before trimming a page.
const ONLY = process.env.PAGE_ONLY?.split(',');
const LIST_SCRIPTS = process.env.PAGE_SCRIPTS === '1';
const CONTRIBUTOR = 'ana@demo.test';
// Ana's group answers this area in the demo workshop.
const AREA = 'transparency';
const PROFILE = { latencyMs: 150, downloadKbit: 1600, uploadKbit: 750, cpuSlowdown: 4 };

type TReady = 'editor' | 'main';
type TPage = { name: string; path: (assessmentId: string) => string; signedIn: boolean; ready: TReady };

const PAGES: TPage[] = [
  { name: 'area', path: (id) => `/assessments/${id}/checklist/${AREA}`, signedIn: true, ready: 'editor' },
  { name: 'overview', path: (id) => `/assessments/${id}`, signedIn: true, ready: 'main' },
  { name: 'priorities', path: (id) => `/assessments/${id}/priorities`, signedIn: true, ready: 'main' },
  { name: 'plan', path: (id) => `/assessments/${id}/plan`, signedIn: true, ready: 'main' },
  { name: 'report-back', path: (id) => `/assessments/${id}/report-back`, signedIn: true, ready: 'main' },
  { name: 'sign-in', path: () => '/sign-in', signedIn: false, ready: 'main' },
];

type TSample = { usableMs: number; bytes: number; jsBytes: number; requests: number };

/** The server process: migrate, seed the demo workshop, serve; says `READY` on stdout. */
async function serve(port: number): Promise<void> {
  const { getDb, migrate } = await import('../lib/db/client');
  const { seedDemo } = await import('../lib/services/assessments/demo-seed');
  const { seedDemoWorkshop } = await import('../lib/services/assessments/demo-workshop');
  const { startApp } = await import('../server/app');
  const db = getDb();
  await migrate(db);
  await seedDemo(db);
  await seedDemoWorkshop(db);
  const app = await startApp({ port, dev: false, dir: root, hostname: '127.0.0.1' });
  console.log('READY');
  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** A port nobody listens on now (BENCH_PORT when given). */
async function freePort(): Promise<number> {
  if (process.env.BENCH_PORT) return Number(process.env.BENCH_PORT);
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server process on a fresh data directory; resolves once it serves. */
function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    NEXTAUTH_URL: `http://localhost:${port}`,
  };
  // Always the fresh SQLite file on one instance, whatever the shell points at.
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--server', String(port)], {
    cwd: root,
    env: { ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('READY')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before it was ready`)));
  });
}

/** Bytes (as sent, compressed), script bytes and requests of one page's traffic, and what is still in flight. */
function trafficMeter(cdp: CDPSession) {
  const types = new Map<string, string>();
  const inFlight = new Set<string>();
  const urls = new Map<string, string>();
  const scripts: { url: string; bytes: number }[] = [];
  const total = { bytes: 0, jsBytes: 0, requests: 0, lastActivity: Date.now() };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    if (!inFlight.has(e.requestId)) total.requests++;
    types.set(e.requestId, e.type ?? 'Other');
    urls.set(e.requestId, e.request.url);
    inFlight.add(e.requestId);
    total.lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    if (!inFlight.delete(e.requestId)) return;
    total.bytes += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') {
      total.jsBytes += e.encodedDataLength;
      scripts.push({ url: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength });
    }
    total.lastActivity = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    inFlight.delete(e.requestId);
    total.lastActivity = Date.now();
  });
  return {
    total,
    scripts,
    /** Waits until nothing has been in flight for a second (30 s at most): what a page fetches once usable counts. */
    async quiet(): Promise<void> {
      const until = Date.now() + 30_000;
      while (Date.now() < until && (inFlight.size > 0 || Date.now() - total.lastActivity < 1000)) {
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/**
 * In the page: the time since navigation when it became usable, or false. The area page is usable
 * once an answer editor takes typing and the document has synced with the server; any other page
 * once React has hydrated its main content (every control in it holds its handlers). No named
 * functions inside: tsx would wrap them in a helper the page does not have.
 */
function usableAt(ready: TReady): number | false {
  if (ready === 'editor') {
    const synced = document.querySelector('[data-sync="synced"]');
    const editor = document.querySelector('.ProseMirror[contenteditable="true"]');
    return synced && editor ? performance.now() : false;
  }
  const main = document.querySelector('main');
  if (!main || document.readyState === 'loading') return false;
  const controls = [main, ...main.querySelectorAll('a[href], button, input, select, textarea')];
  const hydrated = controls
    .filter((el) => !el.closest('.ProseMirror'))
    .every((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')));
  return hydrated ? performance.now() : false;
}

/** Loads `url` in a new page of `context`, throttled, and measures it. */
async function load(context: BrowserContext, url: string, ready: TReady): Promise<TSample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: (PROFILE.downloadKbit * 1000) / 8,
    uploadThroughput: (PROFILE.uploadKbit * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  const meter = trafficMeter(cdp);
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  const usable = await page.waitForFunction(usableAt, ready, { polling: 50, timeout: 90_000 });
  const usableMs = Math.round((await usable.jsonValue()) as number);
  await meter.quiet();
  await page.close();
  if (LIST_SCRIPTS) {
    const lines = meter.scripts
      .filter((s) => s.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes)
      .map((s) => `${s.bytes}\t${s.url}`);
    console.error(`scripts of ${url}:\n${lines.join('\n')}`);
  }
  const { bytes, jsBytes, requests } = meter.total;
  return { usableMs, bytes, jsBytes, requests };
}

/** A new browser profile, signed in as the contributor through next-auth's CSRF + credentials endpoints. */
async function newContext(browser: Browser, baseURL: string, signedIn: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  if (!signedIn) return context;
  const { csrfToken } = (await (await context.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await context.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: CONTRIBUTOR, password: process.env.DEMO_PASSWORD ?? 'integrity-demo', json: 'true' },
  });
  if (!res.ok()) throw new Error(`sign-in answered ${res.status()}`);
  return context;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

function medians(samples: TSample[]): TSample {
  return {
    usableMs: median(samples.map((s) => s.usableMs)),
    bytes: median(samples.map((s) => s.bytes)),
    jsBytes: median(samples.map((s) => s.jsBytes)),
    requests: median(samples.map((s) => s.requests)),
  };
}

async function bench(): Promise<void> {
  const code = ensureBuild('bench');
  if (code !== 0) process.exit(code);
  const found = findChromium();
  if (!found) throw new Error('No Chromium found: run `npx playwright install chromium`.');
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-bench-page-'));
  const server = await startServer(port, dataDir);
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    const probe = await newContext(browser, baseURL, true);
    const { assessments } = (await (await probe.request.get('/api/assessments')).json()) as {
      assessments: { id: string }[];
    };
    await probe.close();
    const assessmentId = assessments[0]!.id;
    const results: Record<string, { cold: TSample; warm: TSample }> = {};
    for (const target of PAGES.filter((p) => !ONLY || ONLY.includes(p.name))) {
      const url = target.path(assessmentId);
      const cold: TSample[] = [];
      const warm: TSample[] = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await newContext(browser, baseURL, target.signedIn);
        cold.push(await load(context, url, target.ready));
        warm.push(await load(context, url, target.ready));
        await context.close();
      }
      results[target.name] = { cold: medians(cold), warm: medians(warm) };
      console.log(target.name, JSON.stringify(results[target.name]));
    }
    console.log(
      JSON.stringify({ profile: PROFILE, runs: RUNS, statistic: 'median', contributor: CONTRIBUTOR, pages: results }),
    );
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--server') await serve(Number(process.argv[3]));
else await bench();
