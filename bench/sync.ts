// Sync latency and memory of our server against y-websocket 2.1's reference server, same workload.
// `npm run bench:sync`; the last line printed is one JSON object. Sizes and durations come from
// env (BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_CLIENTS, BENCH_DOCS, BENCH_EDITS_PER_S, BENCH_IDLE,
// BENCH_JOINERS, BENCH_WORKERS) so a quick run is possible; bench/README.md describes the output.
// Both servers get the same workload and method, warm-ups included. Each server runs in its own
// process, so its RSS and CPU are its own; editors and joiners run in worker threads
// (bench/sync-clients.ts); one watcher per document, in this thread and connected last (last in
// fan-out order), applies everything and measures propagation latency. The reference keeps
// documents in memory only and checks nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import { factorDocName, formatDocName } from '../lib/collab/doc-names';
import { STATUS_MAP, answerFragmentName } from '../lib/collab/layout';
import { areaQuestions, findArea } from '../lib/idg/checklist';
import {
  type TTestUser,
  addMember,
  connectClient,
  createAssessment,
  createTestDb,
  createUser,
  waitFor,
} from '../tests/integration/helpers/yjs-harness';
import { type TWorkerCommand, type TWorkerInput, type TWorkerReport, absNow } from './sync-clients';

const env = (k: string, d: number): number => Number(process.env[k] ?? d);
const SECONDS = env('BENCH_SECONDS', 30);
const WARMUP = env('BENCH_WARMUP_SECONDS', 5);
const CLIENTS = env('BENCH_CLIENTS', 200);
const DOCS = env('BENCH_DOCS', 20);
const RATE = env('BENCH_EDITS_PER_S', 5);
const IDLE = env('BENCH_IDLE', 500);
const JOINERS = env('BENCH_JOINERS', 60);
const WORKERS = env('BENCH_WORKERS', 2);
// BENCH_ONLY=ours|reference runs one server (for profiling); BENCH_SERVER_ARGS adds node flags to
// the server processes (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`).
const ONLY = process.env.BENCH_ONLY;
const SERVER_ARGS = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
const JOIN_AREA = 'transparency';
const ROOT = path.resolve(import.meta.dirname, '..');

type TServer = { name: 'ours' | 'reference'; url: string; child: ChildProcess };
const round2 = (n: number): number => Number(n.toFixed(2));
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? round2(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!) : NaN;
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** RSS (bytes) and CPU time (seconds) of a process, from /proc. */
function procStats(pid: number): { rss: number; cpu: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { rss, cpu: (Number(fields[11]) + Number(fields[12])) / 100 };
}

const children = new Set<ChildProcess>();
// A failed or interrupted run must not leave servers behind.
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

async function startServer(name: TServer['name']): Promise<TServer> {
  const port = await freePort();
  const onTerm = SERVER_ARGS.length > 0 ? ['--import', 'tsx', '--import', './bench/sync-on-term.ts'] : [];
  const args = [
    ...SERVER_ARGS,
    ...onTerm,
    ...(name === 'ours'
      ? ['--import', 'tsx', 'tests/integration/helpers/yjs-child-server.ts']
      : ['node_modules/y-websocket-ref/bin/server.cjs']),
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
  return { name, url: name === 'ours' ? `ws://127.0.0.1:${port}/yjs` : `ws://127.0.0.1:${port}`, child };
}
async function stop(s: TServer): Promise<void> {
  s.child.kill(SERVER_ARGS.length > 0 ? 'SIGTERM' : 'SIGKILL');
  await new Promise((r) => s.child.once('exit', r));
}

/** Worker threads running the editors, with a way to send commands and await reports. */
function startWorkers(url: string, editors: TWorkerInput['editors']) {
  return Array.from({ length: WORKERS }, (_, w) => {
    const input: TWorkerInput = { url, rate: RATE, editors: editors.filter((_e, i) => i % WORKERS === w) };
    // Workers do not inherit the tsx loader from `node --import tsx`; load the TypeScript through tsx's API.
    const file = pathToFileURL(path.join(import.meta.dirname, 'sync-clients.ts')).href;
    const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(file)}, ${JSON.stringify(file)}))`;
    const worker = new Worker(boot, { eval: true, workerData: input });
    worker.on('error', (err) => {
      console.error('bench worker failed:', err);
      process.exit(1);
    });
    const next = (): Promise<TWorkerReport> => new Promise((resolve) => worker.once('message', resolve));
    return { worker, next, send: (c: TWorkerCommand) => worker.postMessage(c), ready: next() };
  });
}

/**
 * CLIENTS editors over DOCS documents typing RATE small edits a second with awareness on, then JOINERS joining at once.
 */
async function loadRun(server: TServer, users: TTestUser[], assessmentIds: string[]) {
  const docName = (d: number): string => formatDocName({ kind: 'plan', assessmentId: assessmentIds[d]! });
  const assessmentId = assessmentIds[0]!;
  const workers = startWorkers(
    server.url,
    Array.from({ length: CLIENTS }, (_, i) => ({ user: users[i]!, doc: docName(i % DOCS) })),
  );
  await Promise.all(workers.map((w) => w.ready));
  const latencies: number[] = [];
  const watchers = Array.from({ length: DOCS }, (_, d) => {
    const c = connectClient(server.url, docName(d), users[CLIENTS + d]!);
    const seq = c.doc.getMap<number[]>('seq');
    seq.observe((e) => {
      const now = absNow();
      for (const key of e.keysChanged) latencies.push(now - (seq.get(String(key))?.[1] ?? now));
    });
    return c;
  });
  await waitFor(() => watchers.every((c) => c.provider.synced), 'watchers synced', 60_000);
  for (const w of workers) w.send({ cmd: 'edit' });
  // Warm-up, the same for both servers: the first seconds of editing compile the hot code of the
  // server and of this process (which runs first would otherwise measure this process's warm-up).
  await sleep(WARMUP * 1000);
  const editsAt = async (cmd: 'mark' | 'stop'): Promise<number> => {
    const reports = workers.map((w) => w.next());
    for (const w of workers) w.send({ cmd });
    return (await Promise.all(reports)).reduce((n, r) => n + (r.kind === 'edits' ? r.edits : 0), 0);
  };
  const editsBefore = await editsAt('mark');
  latencies.length = 0;
  const before = procStats(server.child.pid!);
  const clientBefore = process.cpuUsage();
  let peakRss = before.rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, procStats(server.child.pid!).rss)), 1000);
  const started = performance.now();
  await sleep(SECONDS * 1000);
  const edits = (await editsAt('stop')) - editsBefore;
  const wall = (performance.now() - started) / 1000;
  const after = procStats(server.child.pid!);
  const clientCpu = process.cpuUsage(clientBefore);
  clearInterval(sampler);
  for (const c of watchers) c.destroy();
  const load = {
    edits,
    samples: latencies.length,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    serverPeakRssMB: round2(peakRss / 2 ** 20),
    serverCpuPercent: round2((100 * (after.cpu - before.cpu)) / wall),
    serverCpuMsPer1000Edits: round2((1e6 * (after.cpu - before.cpu)) / edits),
    clientCpuPercent: round2((clientCpu.user + clientCpu.system) / 1e4 / wall),
  };

  // Joins: a warm-up round, then JOINERS at once on a fully answered area. The warm-up joins the
  // same area, as fully answered, of another assessment, so that the measured round times the
  // server and not the compiling of the code that applies such a document (in the joiners' threads
  // too: cold, each apply costs several times what a warm one does). Ours loads each document from
  // the database (seeded before start); the reference keeps documents in memory only, so a seeding
  // client puts each there and stays.
  const joinName = factorDocName(assessmentId, JOIN_AREA);
  const warmName = factorDocName(assessmentIds[1] ?? assessmentId, JOIN_AREA);
  const seeders =
    server.name === 'reference'
      ? [...new Set([warmName, joinName])].map((name) => connectClient(server.url, name, users[0]!, answeredArea()))
      : [];
  await waitFor(() => seeders.every((c) => c.provider.synced), 'seeded');
  const joinRound = async (doc: string) => {
    const reports = workers.map((w) => w.next());
    workers.forEach((w, i) =>
      w.send({ cmd: 'join', doc, users: users.slice(1, JOINERS + 1).filter((_u, j) => j % WORKERS === i) }),
    );
    const done = (await Promise.all(reports)).flatMap((r) => (r.kind === 'joined' ? [r] : []));
    return { delivered: done.flatMap((r) => r.delivered), synced: done.flatMap((r) => r.synced) };
  };
  await joinRound(warmName);
  const join = await joinRound(joinName);
  for (const c of seeders) c.destroy();
  await Promise.all(workers.map((w) => w.worker.terminate()));
  return {
    ...load,
    joiners: JOINERS,
    joinDeliveredP50: pct(join.delivered, 50),
    joinDeliveredP99: pct(join.delivered, 99),
    joinSyncedP50: pct(join.synced, 50),
    joinSyncedP99: pct(join.synced, 99),
  };
}

/**
 * RSS added per idle, synced connection (awareness on), spread over DOCS documents. The first half
 * of the connections also pays for what the first burst costs once (V8's young generation grows
 * to its working size, the database's page cache fills); the second half adds connections alone,
 * so the per-connection figure is taken from it. Both halves are reported.
 */
async function idleRun(server: TServer, users: TTestUser[], assessmentIds: string[]) {
  const settle = async (): Promise<number> => {
    let last = 0;
    for (let i = 0; i < 40; i++) {
      await sleep(250);
      const rss = procStats(server.child.pid!).rss;
      if (Math.abs(rss - last) < 128 * 1024) return rss;
      last = rss;
    }
    return last;
  };
  const docName = (d: number): string => formatDocName({ kind: 'report', assessmentId: assessmentIds[d]! });
  // Load the documents and warm the code first, so that the difference is the connections alone.
  const warm = Array.from({ length: DOCS }, (_, d) => connectClient(server.url, docName(d), users[d]!));
  await waitFor(() => warm.every((c) => c.provider.synced), 'warm', 30_000);
  const base = await settle();
  const half = Math.floor(IDLE / 2);
  const open = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => {
      const i = from + k;
      const c = connectClient(server.url, docName(i % DOCS), users[i]!);
      c.provider.awareness.setLocalStateField('user', { name: `idle ${i}` });
      return c;
    });
  const first = open(0, half);
  await waitFor(() => first.every((c) => c.provider.synced), 'idle synced', 60_000);
  const mid = await settle();
  const second = open(half, IDLE);
  await waitFor(() => second.every((c) => c.provider.synced), 'idle synced', 60_000);
  const loaded = await settle();
  for (const c of [...warm, ...first, ...second]) c.destroy();
  return {
    idleConnections: IDLE,
    rssPerIdleConnectionKB: round2((loaded - mid) / (IDLE - half) / 1024),
    rssPerIdleConnectionFirstHalfKB: round2((mid - base) / half / 1024),
  };
}

/** A fully answered key factor: every question's answer about 300 words, every status set. */
function answeredArea(): Y.Doc {
  const doc = new Y.Doc();
  const words = Array.from(
    { length: 300 },
    (_, i) => ['integrity', 'customs', 'risk', 'officer', 'declaration', 'audit'][i % 6],
  ).join(' ');
  for (const q of areaQuestions(findArea(JOIN_AREA)!)) {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(words)]);
    doc.getXmlFragment(answerFragmentName(q.key)).insert(0, [p]);
    doc.getMap(STATUS_MAP).set(q.key, 'needs-improvement');
  }
  return doc;
}

async function main(): Promise<void> {
  const tdb = await createTestDb('sqlite');
  // One plan (and report) document per assessment gives DOCS documents every member may open.
  const ef = await createUser(tdb.db, 'ef');
  const assessmentIds: string[] = [];
  for (let d = 0; d < DOCS; d++) assessmentIds.push(await createAssessment(tdb.db, ef));
  const assessmentId = assessmentIds[0]!;
  const users: TTestUser[] = [];
  for (let i = 0; i < Math.max(CLIENTS + DOCS, IDLE, JOINERS + 1); i++) {
    const u = await createUser(tdb.db, `bench${i}`);
    for (const a of assessmentIds) await addMember(tdb.db, a, u, 'IC');
    users.push(u);
  }
  const state = Buffer.from(Y.encodeStateAsUpdate(answeredArea()));
  for (const a of new Set([assessmentId, assessmentIds[1] ?? assessmentId])) {
    await tdb.db
      .insertInto('yjs_documents')
      .values({
        name: factorDocName(a, JOIN_AREA),
        state: Buffer.from(Y.encodeStateAsUpdate(answeredArea())),
        updated_at: new Date().toISOString(),
      })
      .execute();
  }

  const result: Record<string, unknown> = {
    seconds: SECONDS,
    warmupSeconds: WARMUP,
    clients: CLIENTS,
    docs: DOCS,
    editsPerSecond: RATE,
    answeredAreaBytes: state.length,
  };
  const runs: Record<string, { p50: number; p95: number; p99: number }> = {};
  for (const name of (['reference', 'ours'] as const).filter((n) => !ONLY || n === ONLY)) {
    const s = await startServer(name);
    const load = await loadRun(s, users, assessmentIds);
    await stop(s);
    const s2 = await startServer(name);
    const idle = await idleRun(s2, users, assessmentIds);
    await stop(s2);
    runs[name] = load;
    result[name] = { ...load, ...idle };
    console.log(name, JSON.stringify(result[name]));
  }
  const ratio = (k: 'p50' | 'p95' | 'p99'): number => round2(runs.ours![k] / runs.reference![k]);
  if (!ONLY) result.ratios = { p50: ratio('p50'), p95: ratio('p95'), p99: ratio('p99') };
  await tdb.close();
  console.log(JSON.stringify(result));
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
