// Worker thread of bench/load.ts: runs a share of the clients so that the client side uses more
// than one core and never shares an event loop with the server (which is a process of its own).
// The main thread drives it with commands and gets one report per command.
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type * as Y from 'yjs';
import { LoadClient, type TProtocol, editsHeld } from './load-client';

/** One client to run: its document, its session cookie (our server only) and whether it watches. */
export type TClientSpec = { doc: string; index: number; cookie?: string; watcher: boolean };
export type TLoadWorkerInput = {
  protocol: TProtocol;
  url: string;
  clients: TClientSpec[];
  editsPerSecond: number;
  syncTimeoutMs: number;
  sentAt: SharedArrayBuffer;
  /** Niceness of this thread. */ nice: number;
};
/** Final edit counts, by document and client id. */
export type TSeqs = Record<string, Record<string, number>>;
export type TLoadWorkerCommand =
  | { cmd: 'connect'; watchers: boolean }
  | { cmd: 'edit' }
  | { cmd: 'stop' }
  | { cmd: 'verify'; expected: TSeqs; verifierDocs: { doc: string; cookie?: string; index: number }[] }
  | { cmd: 'close' };
export type TLoadWorkerReport =
  | { kind: 'ready' }
  | { kind: 'connected'; clients: number; notSynced: number }
  | { kind: 'editing' }
  | { kind: 'stopped'; edits: number; seqs: TSeqs }
  | { kind: 'verified'; missingAtWatchers: number; missingAtServer: number; checked: number }
  | {
      kind: 'closed';
      latencies: Float64Array;
      minuteMarks: number[];
      errors: Record<string, number>;
      errorSamples: string[];
      loopDelayP99Ms: number;
      loopDelayMaxMs: number;
    };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function run(port: NonNullable<typeof parentPort>, input: TLoadWorkerInput): void {
  // On Linux a thread's own priority (bench/load.ts says why); elsewhere the whole process's.
  if (input.nice !== 0) os.setPriority(input.nice);
  const post = (r: TLoadWorkerReport): void => port.postMessage(r);
  const sentAt = new Float64Array(input.sentAt);
  const errors: Record<string, number> = {};
  const errorSamples: string[] = [];
  const onError = (kind: string, detail: string): void => {
    errors[kind] = (errors[kind] ?? 0) + 1;
    if (errorSamples.length < 20) errorSamples.push(`${kind}: ${detail}`);
  };
  // Latencies count only while everyone edits: not the connection ramp, not the final checks.
  let measuring = false;
  const latencies: number[] = [];
  const onLatency = (ms: number): void => void (measuring && latencies.push(ms));
  // How many samples there were at the end of each whole minute of editing, for a soak's trend.
  const minuteMarks: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const clients: { spec: TClientSpec; client: LoadClient }[] = [];
  const timers: NodeJS.Timeout[] = [];
  // Each client's next edit (one timer each, re-armed after every edit).
  const editTimers: NodeJS.Timeout[] = [];
  let edits = 0;

  /** Opens clients 50 at a time, each batch synced (or timed out, an error) before the next. */
  async function connect(specs: TClientSpec[]): Promise<number> {
    let notSynced = 0;
    for (let i = 0; i < specs.length; i += 50) {
      const batch = specs.slice(i, i + 50).map((spec) => {
        const client = new LoadClient({
          protocol: input.protocol,
          url: input.url,
          doc: spec.doc,
          index: spec.index,
          sentAt,
          cookie: spec.cookie,
          applyRemote: spec.watcher,
          onError,
          onLatency: spec.watcher ? onLatency : undefined,
        });
        clients.push({ spec, client });
        return client;
      });
      const until = Date.now() + input.syncTimeoutMs;
      while (batch.some((c) => !c.synced) && Date.now() < until) await sleep(10);
      const late = batch.filter((c) => !c.synced).length;
      for (let k = 0; k < late; k++) onError('sync-timeout', `not synced within ${input.syncTimeoutMs} ms`);
      notSynced += late;
    }
    return notSynced;
  }

  /** Every editor's last edit must be in the watchers' documents and in a fresh client's copy from the server. */
  async function verify(
    expected: TSeqs,
    verifierDocs: { doc: string; cookie?: string; index: number }[],
  ): Promise<TLoadWorkerReport> {
    const missing = (doc: string, held: Y.Doc, own?: number): number =>
      Object.entries(expected[doc] ?? {}).filter(
        ([clientId, seq]) => Number(clientId) !== own && editsHeld(held, Number(clientId)) < seq,
      ).length;
    // Others' edits only: a watcher's own are in its document by construction. The last edits
    // may still be on their way: wait for them as long as for a sync.
    const atWatchers = (): number =>
      clients.reduce(
        (n, { spec, client }) => (spec.watcher ? n + missing(spec.doc, client.doc, client.doc.clientID) : n),
        0,
      );
    const settled = Date.now() + input.syncTimeoutMs;
    while (atWatchers() > 0 && Date.now() < settled) await sleep(50);
    const missingAtWatchers = atWatchers();
    const verifiers = verifierDocs.map(
      (v) =>
        new LoadClient({
          protocol: input.protocol,
          url: input.url,
          doc: v.doc,
          index: v.index,
          sentAt,
          cookie: v.cookie,
          applyRemote: true,
          onError,
        }),
    );
    const until = Date.now() + input.syncTimeoutMs;
    while (verifiers.some((c) => !c.synced) && Date.now() < until) await sleep(10);
    let missingAtServer = 0;
    for (const [i, v] of verifiers.entries()) missingAtServer += missing(verifierDocs[i]!.doc, v.doc);
    for (const v of verifiers) v.destroy();
    return { kind: 'verified', missingAtWatchers, missingAtServer, checked: verifiers.length };
  }

  port.on('message', (m: TLoadWorkerCommand) => {
    if (m.cmd === 'connect') {
      const share = input.clients.filter((s) => s.watcher === m.watchers);
      void connect(share).then((notSynced) => post({ kind: 'connected', clients: share.length, notSynced }));
    } else if (m.cmd === 'edit') {
      measuring = true;
      loop.enable();
      timers.push(setInterval(() => minuteMarks.push(latencies.length), 60_000));
      const interval = 1000 / input.editsPerSecond;
      const start = performance.now();
      // Each client edits at a fixed phase of every interval (random, which spreads the clients
      // evenly), on an absolute schedule: an edit that fires late does not move the next one.
      // setInterval re-arms from the moment its callback ran, so every client held up by one busy
      // turn of this thread fired together from then on; over ten minutes the clients bunched
      // into bursts that no group of people types in, and the tail grew minute by minute.
      clients.forEach(({ client }, i) => {
        let due = start + Math.random() * interval;
        const edit = (): void => {
          client.edit();
          edits++;
          due += interval;
          editTimers[i] = setTimeout(edit, Math.max(0, due - performance.now()));
        };
        editTimers[i] = setTimeout(edit, due - start);
      });
      post({ kind: 'editing' });
    } else if (m.cmd === 'stop') {
      for (const t of [...timers, ...editTimers]) clearTimeout(t);
      measuring = false;
      loop.disable();
      const seqs: TSeqs = {};
      for (const { spec, client } of clients) (seqs[spec.doc] ??= {})[String(client.doc.clientID)] = client.lastSeq;
      post({ kind: 'stopped', edits, seqs });
    } else if (m.cmd === 'verify') {
      void verify(m.expected, m.verifierDocs).then(post);
    } else {
      for (const { client } of clients) client.destroy();
      const out = Float64Array.from(latencies);
      port.postMessage(
        {
          kind: 'closed',
          latencies: out,
          minuteMarks,
          errors,
          errorSamples,
          loopDelayP99Ms: loop.percentile(99) / 1e6,
          loopDelayMaxMs: loop.max / 1e6,
        } satisfies TLoadWorkerReport,
        [out.buffer],
      );
    }
  });
  post({ kind: 'ready' });
}

if (parentPort) run(parentPort, workerData as TLoadWorkerInput);
