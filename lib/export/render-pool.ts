import 'server-only';
import type { Worker } from 'node:worker_threads';
import { DomainError } from '../domain/shared/errors';
import type { TRenderJob } from './render';
import { projectFile, startTsxWorker } from '../workers/tsx-worker';
import type { TRenderReply, TRenderRequest } from './render-protocol';
import { ZEnvSchema, env } from '../config/env';

// Rendering a full report to DOCX or PDF takes 1-3 s of pure CPU; on the main thread that
// stalls every live connection (Yjs sync, socket.io) for as long. Jobs therefore run in worker
// threads, one at a time per worker, queued, each with a time limit.
// The worker is TypeScript started through lib/workers/tsx-worker.ts.

/** How the pool runs: worker count, per-job time limit, queue bound, idle shutdown and heap cap. */
export type TRenderPoolOptions = {
  size: number;
  timeoutMs: number;
  maxQueue: number;
  /** A worker idle this long is stopped (its heap returned); the next job starts a new one. */
  idleMs: number;
  maxHeapMb: number;
  /** The worker module; render-worker.ts under the project folder by default. */
  workerFile?: string;
};

/** A pool of render workers. */
export type TRenderPool = {
  /** Renders a job in a worker: the bytes (as a Buffer) or the HTML text. */
  render: (job: TRenderJob) => Promise<Buffer | string>;
  /** Running workers, jobs being rendered and jobs waiting. */
  stats: () => { workers: number; busy: number; queued: number };
  /** Stops every worker; jobs still waiting or running fail. */
  close: () => Promise<void>;
};

type TPending = { id: number; job: TRenderJob; resolve: (body: Buffer | string) => void; reject: (err: Error) => void };
type TSlot = {
  worker: Worker | null;
  current: TPending | null;
  timer: NodeJS.Timeout | null;
  idle: NodeJS.Timeout | null;
};

/** The worker module inside the project folder (the server and every tool run from it). */
export function defaultWorkerFile(): string {
  return projectFile('lib', 'export', 'render-worker.ts');
}

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

/** Creates a pool; workers start on the first job, not before. */
export function createRenderPool(options: TRenderPoolOptions): TRenderPool {
  const workerFile = options.workerFile ?? defaultWorkerFile();
  const slots: TSlot[] = Array.from({ length: options.size }, () => ({
    worker: null,
    current: null,
    timer: null,
    idle: null,
  }));
  const queue: TPending[] = [];
  let nextId = 1;
  let closed = false;

  function settle(slot: TSlot): TPending | null {
    const job = slot.current;
    slot.current = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    return job;
  }

  function stop(slot: TSlot): void {
    const worker = slot.worker;
    slot.worker = null;
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    if (worker) void worker.terminate();
  }

  function spawn(slot: TSlot): Worker {
    const worker = startTsxWorker(workerFile, 'export renderer', { maxOldGenerationSizeMb: options.maxHeapMb });
    // An idle worker must not keep a script or test process alive; a busy one does (see start).
    worker.unref();
    worker.on('message', (reply: TRenderReply) => {
      if (slot.worker !== worker || slot.current?.id !== reply.id) return;
      const job = settle(slot)!;
      worker.unref();
      if (reply.ok)
        job.resolve(
          typeof reply.body === 'string'
            ? reply.body
            : Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength),
        );
      else job.reject(new Error(`The export could not be rendered: ${reply.error}`));
      afterJob(slot);
    });
    const failed = (why: string) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      const job = settle(slot);
      job?.reject(new Error(`The export renderer stopped: ${why}`));
      pump();
    };
    worker.on('error', (err) => failed(err.message));
    worker.on('exit', (code) => failed(`exit code ${code}`));
    return worker;
  }

  function afterJob(slot: TSlot): void {
    pump();
    if (slot.current || !slot.worker || closed) return;
    const worker = slot.worker;
    slot.idle = setTimeout(() => {
      if (slot.worker === worker && !slot.current) stop(slot);
    }, options.idleMs);
    slot.idle.unref();
  }

  function start(slot: TSlot, job: TPending): void {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    let worker: Worker;
    try {
      worker = slot.worker ?? (slot.worker = spawn(slot));
    } catch (err) {
      job.reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    slot.current = job;
    worker.ref();
    slot.timer = setTimeout(() => {
      if (slot.current !== job) return;
      settle(slot);
      // A runaway render cannot be interrupted inside the thread: the worker goes, a fresh one takes the next job.
      stop(slot);
      job.reject(new DomainError('export.timed_out', { duration: duration(options.timeoutMs) }));
      pump();
    }, options.timeoutMs);
    worker.postMessage({ id: job.id, job: job.job } satisfies TRenderRequest);
  }

  function pump(): void {
    for (;;) {
      const free = slots.find((s) => !s.current);
      if (closed || !free || queue.length === 0) return;
      start(free, queue.shift()!);
    }
  }

  return {
    render(job) {
      if (closed) return Promise.reject(new Error('The export renderer has been shut down.'));
      if (queue.length >= options.maxQueue) {
        return Promise.reject(new DomainError('export.busy'));
      }
      return new Promise<Buffer | string>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject });
        pump();
      });
    },
    stats: () => ({
      workers: slots.filter((s) => s.worker).length,
      busy: slots.filter((s) => s.current).length,
      queued: queue.length,
    }),
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('The export renderer has been shut down.'));
      const workers = slots.map((s) => s.worker).filter((w): w is Worker => w !== null);
      for (const slot of slots) {
        slot.worker = null;
        settle(slot)?.reject(new Error('The export renderer has been shut down.'));
        if (slot.idle) clearTimeout(slot.idle);
      }
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

const ZPoolEnvSchema = ZEnvSchema.pick({ EXPORT_WORKERS: true, EXPORT_TIMEOUT_MS: true });

/**
 * The pool's options from the environment (EXPORT_WORKERS, EXPORT_TIMEOUT_MS); a bad value is a clear startup error.
 */
export function renderPoolOptionsFromEnv(source?: Record<string, string | undefined>): TRenderPoolOptions {
  const parsed = source ? ZPoolEnvSchema.safeParse(source) : { success: true as const, data: env() };
  if (!parsed.success)
    throw new Error(
      `Invalid export settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  // Queue: enough for a room of facilitators exporting at once; beyond it, "try again" beats a long wait.
  return {
    size: parsed.data.EXPORT_WORKERS,
    timeoutMs: parsed.data.EXPORT_TIMEOUT_MS,
    maxQueue: 16,
    idleMs: 5 * 60_000,
    maxHeapMb: 1024,
  };
}

// One pool per process: route handlers (Next's bundle) and the custom server load this module
// separately (see docs/pitfalls.md, "Sharing state between server/ and route handlers").
const holder = globalThis as typeof globalThis & { __idgRenderPool?: TRenderPool };

/** The process's render pool, created on first use. */
export function renderPool(): TRenderPool {
  holder.__idgRenderPool ??= createRenderPool(renderPoolOptionsFromEnv());
  return holder.__idgRenderPool;
}
