// Load and soak: many WebSocket clients editing many documents for minutes, against our sync
// server, y-websocket 2.1's reference server and @hocuspocus/server 3, one after the other in the
// same run; `npm run bench:load`, the last line printed is one JSON object.
//
// Defaults are the load the project targets: 2,000 clients over 200 documents for 10 minutes at 1,000 updates
// a second in total. Env or flags change them for a smoke run: LOAD_MINUTES (--minutes),
// LOAD_CLIENTS (--clients), LOAD_DOCS (--docs), LOAD_RATE (--rate, updates/s in total),
// LOAD_WORKERS (--workers, editors' threads; the watchers have one more), LOAD_SERVERS
// (--servers=ours,reference,hocuspocus), LOAD_WARMUP_SECONDS, LOAD_SAMPLE_SECONDS (RSS sampling
// interval), LOAD_CLIENT_NICE (the editors' threads' niceness, 10; 0 runs them at the server's
// priority).
//
// Every client is the lean client of bench/load-client.ts (the same for all three servers, only
// the framing differs): it syncs, sets awareness, and edits at RATE/CLIENTS a second, each edit
// one update (two characters typed in the client's own answer, so documents keep a steady size)
// plus one awareness (cursor) change. The last client of each document is a watcher: it applies
// everything and records each other client's edit's latency from its send time (kept outside the
// document, see load-client.ts); clients run in worker threads (the watchers in one of their own),
// each server in its own process.
// Errors: failed or dropped connections, syncs that time out, unreadable messages, anything a
// server writes to stderr, and every edit missing at the end from a watcher's copy or from a
// fresh client's copy of the server's document.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatDocName } from '../lib/collab/doc-names';
import { addMember, createAssessment, createTestDb, createUser } from '../tests/integration/helpers/yjs-harness';
import { type TLoadServer, type TServerName, procStats, startServer, stopServer } from './load-servers';
import { createSentTimes } from './load-client';
import { latencySummary, p99ByMinute, round2, rssSummary } from './load-stats';
import type { TClientSpec, TLoadWorkerCommand, TLoadWorkerInput, TLoadWorkerReport, TSeqs } from './load-worker';

// `--warmup-seconds=30` is LOAD_WARMUP_SECONDS=30.
const flags: Record<string, string> = {};
for (const arg of process.argv.slice(2)) {
  const m = /^--([\w-]+)=(.*)$/.exec(arg);
  if (m) flags[m[1]!.toUpperCase().replace(/-/g, '_')] = m[2]!;
}
const setting = (name: string, d: number, valid = (v: number) => v > 0, what = 'a positive number'): number => {
  const v = Number(flags[name] ?? process.env[`LOAD_${name}`] ?? d);
  if (!Number.isFinite(v) || !valid(v)) throw new Error(`LOAD_${name} must be ${what}`);
  return v;
};
const MINUTES = setting('MINUTES', 10);
const CLIENTS = Math.round(setting('CLIENTS', 2000));
const DOCS = Math.round(setting('DOCS', 200));
const RATE = setting('RATE', 1000);
const WORKERS = Math.round(setting('WORKERS', 2));
const SECONDS = MINUTES * 60;
const WARMUP = setting('WARMUP_SECONDS', Math.min(120, SECONDS * 0.2));
const SAMPLE = setting('SAMPLE_SECONDS', Math.max(5, SECONDS / 60));
// The editors' threads run at this niceness (0 to 19): they stand for 2,000 people's machines, and
// at the server's priority they took the CPU from the server they were measuring (which in use has
// its machine to itself). The watchers' thread keeps the default priority: it is the probe.
const CLIENT_NICE = setting(
  'CLIENT_NICE',
  10,
  (v) => Number.isInteger(v) && v >= 0 && v <= 19,
  'a whole number from 0 to 19',
);
const SERVERS = String(flags.SERVERS ?? process.env.LOAD_SERVERS ?? 'ours,reference,hocuspocus').split(
  ',',
) as TServerName[];
const SYNC_TIMEOUT_MS = 30_000;
const TARGETS = { errors: 0, p99Ms: 15, rssGrowthPercent: 10 };

if (CLIENTS < 2 * DOCS)
  throw new Error('LOAD_CLIENTS must be at least twice LOAD_DOCS: every document needs editors and a watcher');
for (const s of SERVERS) if (!['ours', 'reference', 'hocuspocus'].includes(s)) throw new Error(`unknown server ${s}`);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

type TWorker = {
  send: (c: TLoadWorkerCommand) => void;
  next: () => Promise<TLoadWorkerReport>;
  terminate: () => Promise<number>;
};

/** A worker thread running `clients`; its reports come back in the order the commands went out. */
function startWorker(input: TLoadWorkerInput): TWorker {
  // Workers do not inherit the tsx loader from `node --import tsx`; load the TypeScript through tsx's API.
  const file = pathToFileURL(path.join(import.meta.dirname, 'load-worker.ts')).href;
  const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(file)}, ${JSON.stringify(file)}))`;
  const worker = new Worker(boot, { eval: true, workerData: input });
  worker.on('error', (err) => {
    console.error('load worker failed:', err);
    process.exit(1);
  });
  const queue: TLoadWorkerReport[] = [];
  const waiting: ((r: TLoadWorkerReport) => void)[] = [];
  worker.on('message', (r: TLoadWorkerReport) => (waiting.length ? waiting.shift()!(r) : queue.push(r)));
  return {
    send: (c) => worker.postMessage(c),
    next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((resolve) => waiting.push(resolve))),
    terminate: () => worker.terminate(),
  };
}

/** Sends `cmd` to every worker and waits for each one's report of `kind`. */
async function all<K extends TLoadWorkerReport['kind']>(
  workers: TWorker[],
  cmd: TLoadWorkerCommand | ((w: number) => TLoadWorkerCommand),
  kind: K,
): Promise<Extract<TLoadWorkerReport, { kind: K }>[]> {
  const reports = workers.map((w) => w.next());
  workers.forEach((w, i) => w.send(typeof cmd === 'function' ? cmd(i) : cmd));
  const got = await Promise.all(reports);
  for (const r of got) if (r.kind !== kind) throw new Error(`worker answered ${r.kind}, expected ${kind}`);
  return got as Extract<TLoadWorkerReport, { kind: K }>[];
}

type TSeed = { docs: string[]; cookies: string[] };

/** One assessment (its plan document) per document; one user per client, a member of their document's assessment. */
async function seed(): Promise<TSeed & { close: () => Promise<void> }> {
  const tdb = await createTestDb('sqlite');
  const ef = await createUser(tdb.db, 'ef');
  const docs: string[] = [];
  const assessments: string[] = [];
  for (let d = 0; d < DOCS; d++) {
    assessments.push(await createAssessment(tdb.db, ef));
    docs.push(formatDocName({ kind: 'plan', assessmentId: assessments[d]! }));
  }
  const cookies: string[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const u = await createUser(tdb.db, `load${i}`);
    await addMember(tdb.db, assessments[i % DOCS]!, u, 'IC');
    cookies.push(u.cookie);
  }
  return { docs, cookies, close: tdb.close };
}

/** The whole workload against one server. */
async function loadRun(server: TLoadServer, { docs, cookies }: TSeed) {
  const cookie = (i: number): string | undefined => (server.name === 'ours' ? cookies[i] : undefined);
  // Client i edits document i % DOCS; the last client of each document watches it. Editors are
  // spread over WORKERS threads, a document's editors over all of them; the watchers have one more
  // thread of their own. A watcher stands for one person's browser: sharing an event loop with a
  // thousand other clients' reading added that loop's queue to every latency it timed. The
  // watchers get a tenth of the messages: their thread is the probe, not the load.
  const shares: TClientSpec[][] = Array.from({ length: WORKERS + 1 }, () => []);
  for (let i = 0; i < CLIENTS; i++) {
    const d = i % DOCS;
    const watcher = i >= CLIENTS - DOCS;
    shares[watcher ? WORKERS : (Math.floor(i / DOCS) + d) % WORKERS]!.push({
      doc: docs[d]!,
      index: i,
      cookie: cookie(i),
      watcher,
    });
  }
  // Every edit's send time, written by its editor, read by the watchers in any thread; the
  // verifiers (fresh clients at the end) take the indexes after the editors'.
  const sentAt = createSentTimes(CLIENTS + DOCS);
  const workers = shares.map((clients, w) =>
    startWorker({
      protocol: server.protocol,
      url: server.url,
      clients,
      editsPerSecond: RATE / CLIENTS,
      syncTimeoutMs: SYNC_TIMEOUT_MS,
      sentAt,
      nice: w < WORKERS ? CLIENT_NICE : 0,
    }),
  );
  await Promise.all(
    workers.map(async (w) => (await w.next()).kind === 'ready' || Promise.reject(new Error('worker not ready'))),
  );

  const connectStarted = performance.now();
  // Editors first, watchers last: servers send to a document's connections in join order, and a
  // watcher served first would see updates before anyone else does.
  const editors = await all(workers, { cmd: 'connect', watchers: false }, 'connected');
  const watchers = await all(workers, { cmd: 'connect', watchers: true }, 'connected');
  const connectSeconds = round2((performance.now() - connectStarted) / 1000);
  const notSynced = [...editors, ...watchers].reduce((n, r) => n + r.notSynced, 0);
  console.error(`[${server.name}] ${CLIENTS} clients connected in ${connectSeconds} s; editing for ${MINUTES} min`);

  const pid = server.child.pid!;
  const before = procStats(pid);
  const benchCpuBefore = process.cpuUsage();
  const started = performance.now();
  const rss: [number, number][] = [[0, round2(before.rss / 2 ** 20)]];
  let died = false;
  const sampler = setInterval(() => {
    if (server.child.exitCode !== null) return void (died = true);
    const t = (performance.now() - started) / 1000;
    rss.push([round2(t), round2(procStats(pid).rss / 2 ** 20)]);
    if (rss.length % 6 === 0) console.error(`[${server.name}] ${Math.round(t)} s, server RSS ${rss.at(-1)![1]} MB`);
  }, SAMPLE * 1000);
  await all(workers, { cmd: 'edit' }, 'editing');
  await sleep(SECONDS * 1000);
  const stopped = await all(workers, { cmd: 'stop' }, 'stopped');
  const wall = (performance.now() - started) / 1000;
  clearInterval(sampler);
  died ||= server.child.exitCode !== null;
  const after = died ? before : procStats(pid);
  const benchCpu = process.cpuUsage(benchCpuBefore);

  const expected: TSeqs = {};
  for (const r of stopped)
    for (const [doc, seqs] of Object.entries(r.seqs)) Object.assign((expected[doc] ??= {}), seqs);
  const verified = await all(
    workers,
    (w) => ({
      cmd: 'verify',
      expected,
      verifierDocs: docs.flatMap((doc, d) =>
        d % WORKERS === w ? [{ doc, cookie: cookie(d), index: CLIENTS + d }] : [],
      ),
    }),
    'verified',
  );
  const closed = await all(workers, { cmd: 'close' }, 'closed');
  await Promise.all(workers.map((w) => w.terminate()));

  const errorKinds: Record<string, number> = {};
  for (const r of closed) for (const [k, n] of Object.entries(r.errors)) errorKinds[k] = (errorKinds[k] ?? 0) + n;
  const lostAtWatchers = verified.reduce((n, r) => n + r.missingAtWatchers, 0);
  const lostAtServer = verified.reduce((n, r) => n + r.missingAtServer, 0);
  const serverStderr = server.warnings();
  const errors =
    Object.values(errorKinds).reduce((a, b) => a + b, 0) +
    lostAtWatchers +
    lostAtServer +
    serverStderr.length +
    (died ? 1 : 0);
  const edits = stopped.reduce((n, r) => n + r.edits, 0);
  const latencies = new Float64Array(closed.reduce((n, r) => n + r.latencies.length, 0));
  closed.reduce((at, r) => (latencies.set(r.latencies, at), at + r.latencies.length), 0);
  return {
    clients: CLIENTS,
    connectSeconds,
    notSynced,
    edits,
    updatesPerSecond: round2(edits / wall),
    errors,
    errorKinds,
    lostAtWatchers,
    lostAtServer,
    serverDied: died,
    serverStderrLines: serverStderr.length,
    errorSamples: [...closed.flatMap((r) => r.errorSamples), ...serverStderr].slice(0, 10),
    latencyMs: latencySummary(latencies),
    latencyP99ByMinuteMs: p99ByMinute(closed.filter((r) => r.latencies.length > 0)),
    rss: { ...rssSummary(rss, WARMUP), samples: rss },
    serverCpuPercent: round2((100 * (after.cpu - before.cpu)) / wall),
    // The load generator's own CPU (all its threads) and event-loop delay: if these are high, the
    // latencies say as much about the clients as about the server.
    loadGeneratorCpuPercent: round2((benchCpu.user + benchCpu.system) / 1e4 / wall),
    clientLoopDelayP99Ms: round2(Math.max(...closed.slice(0, WORKERS).map((r) => r.loopDelayP99Ms))),
    watcherLoopDelayP99Ms: round2(closed[WORKERS]!.loopDelayP99Ms),
  };
}

async function main(): Promise<void> {
  const seeded = await seed();
  const result: Record<string, unknown> = {
    bench: 'load',
    minutes: MINUTES,
    clients: CLIENTS,
    docs: DOCS,
    updatesPerSecondTarget: RATE,
    clientNice: CLIENT_NICE,
    warmupSeconds: WARMUP,
    machine: { cpus: os.cpus().length, node: process.version },
    targets: TARGETS,
  };
  const runs: Partial<Record<TServerName, Awaited<ReturnType<typeof loadRun>>>> = {};
  for (const name of SERVERS) {
    const server = await startServer(name);
    try {
      runs[name] = await loadRun(server, seeded);
    } finally {
      await stopServer(server);
    }
    const { rss, ...brief } = runs[name];
    console.error(`[${name}]`, JSON.stringify({ ...brief, rss: { ...rss, samples: rss.samples.length } }));
  }
  await seeded.close();
  result.servers = runs;
  const ours = runs.ours;
  if (ours) {
    result.pass = {
      errors: ours.errors === TARGETS.errors,
      p99: ours.latencyMs.p99 <= TARGETS.p99Ms,
      rssGrowth: ours.rss.growthPercent < TARGETS.rssGrowthPercent,
    };
    const ratios: Record<string, Record<string, number>> = {};
    for (const other of ['reference', 'hocuspocus'] as const) {
      const o = runs[other];
      if (!o) continue;
      const r = (a: number, b: number): number => round2(a / b);
      ratios[`ours/${other}`] = {
        p50: r(ours.latencyMs.p50, o.latencyMs.p50),
        p95: r(ours.latencyMs.p95, o.latencyMs.p95),
        p99: r(ours.latencyMs.p99, o.latencyMs.p99),
        peakRss: r(ours.rss.peakMB, o.rss.peakMB),
        endRss: r(ours.rss.endMB, o.rss.endMB),
        serverCpu: r(ours.serverCpuPercent, o.serverCpuPercent),
      };
    }
    result.ratios = ratios;
  }
  result.notes = [
    'ours persists every update to SQLite and checks each connection against the database; the reference and Hocuspocus keep documents in memory and check nothing',
    'all three servers get the same lean client (bench/load-client.ts), differing only in framing: y-websocket messages, or Hocuspocus messages (document name first, an auth message on open)',
  ];
  console.log(JSON.stringify(result));
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
