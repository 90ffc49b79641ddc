import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import type { TDb } from '../../lib/db/client';
import { isPostgres } from '../../lib/db/portable';
import type { TYjsLogger } from './logger';

/** One log row to insert: a document's merged batch of updates. */
export type TLogRow = { name: string; update: Uint8Array };

/** Where the log writer (log-writer.ts) puts its rows and state rows. */
export type TLogStore = {
  /** 'worker': SQLite on a thread of its own; 'kysely': the application's database handle. */
  readonly kind: 'kysely' | 'worker';
  /** Inserts one log row per entry, all or none; resolves with their ids, in order. */
  insert(rows: readonly TLogRow[], createdAt: string): Promise<number[]>;
  /** Replaces the state row of `name` and deletes its log rows up to id `upTo`, in one transaction. */
  replaceState(name: string, state: Uint8Array, upTo: number, updatedAt: string): Promise<void>;
  /** Lets go of what the store holds (its thread); it opens again if used again. */
  close(): Promise<void>;
};

const toBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/**
 * The log through Kysely: PostgreSQL (whose driver never holds the event loop), or SQLite where no worker can be used.
 */
function kyselyLogStore(db: TDb): TLogStore {
  return {
    kind: 'kysely',
    insert: async (rows, createdAt) => {
      const inserted = await db
        .insertInto('yjs_updates')
        .values(rows.map((r) => ({ doc_name: r.name, update: toBuffer(r.update), created_at: createdAt })))
        .returning(['id', 'doc_name'])
        .execute();
      // The order of RETURNING is not guaranteed; a batch never holds two rows of one document.
      const ids = new Map(inserted.map((r) => [r.doc_name, Number(r.id)]));
      return rows.map((r) => ids.get(r.name) ?? 0);
    },
    replaceState: async (name, state, upTo, updatedAt) => {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('yjs_documents')
          .values({ name, state: toBuffer(state), updated_at: updatedAt })
          .onConflict((oc) => oc.column('name').doUpdateSet({ state: toBuffer(state), updated_at: updatedAt }))
          .execute();
        await trx.deleteFrom('yjs_updates').where('doc_name', '=', name).where('id', '<=', upTo).execute();
      });
    },
    close: () => Promise.resolve(),
  };
}

type TRequest =
  | { kind: 'ping' }
  | { kind: 'insert'; rows: readonly TLogRow[]; createdAt: string }
  | { kind: 'state'; name: string; state: Uint8Array; upTo: number; updatedAt: string };
type TReply = { id: number; ok: true; ids: number[] } | { id: number; ok: false; error: string };

/**
 * The log of a file-backed SQLite database, written by log-worker.mjs on its own thread and
 * connection. WAL lets the application's connection read and write beside it, and the commits
 * that start a checkpoint (the fsync) are then the worker's, off the event loop. The thread
 * keeps the process alive only while a request is in flight.
 */
class WorkerLogStore implements TLogStore {
  readonly kind = 'worker';
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (ids: number[]) => void; reject: (err: Error) => void }>();

  constructor(private readonly file: string) {}

  ping(): Promise<number[]> {
    return this.request({ kind: 'ping' });
  }

  insert(rows: readonly TLogRow[], createdAt: string): Promise<number[]> {
    return this.request({ kind: 'insert', rows, createdAt });
  }

  async replaceState(name: string, state: Uint8Array, upTo: number, updatedAt: string): Promise<void> {
    await this.request({ kind: 'state', name, state, upTo, updatedAt });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private request(req: TRequest): Promise<number[]> {
    const w = this.open();
    const id = this.nextId++;
    w.ref();
    return new Promise<number[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      w.postMessage({ ...req, id });
    });
  }

  private open(): Worker {
    if (this.worker) return this.worker;
    // Plain JavaScript: none of the process's loaders or preloads (tsx, profilers) are wanted there.
    const w = new Worker(new URL('./log-worker.mjs', import.meta.url), {
      workerData: { file: this.file },
      execArgv: [],
    });
    w.unref();
    w.on('message', (reply: TReply) => {
      const p = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) w.unref();
      if (reply.ok) p?.resolve(reply.ids);
      else p?.reject(new Error(reply.error));
    });
    // A thread that died takes its requests with it: they are refused, and the log retries them.
    const failed = (err: Error): void => {
      if (this.worker === w) this.worker = null;
      for (const p of this.waiting.values()) p.reject(err);
      this.waiting.clear();
    };
    w.on('error', failed);
    w.on('exit', (code) => failed(new Error(`log worker exited (${code})`)));
    this.worker = w;
    return w;
  }
}

/**
 * The store for `db`: a worker for a file-backed SQLite database, else Kysely. A database handle
 * with Kysely plugins keeps every write on it, so that what the plugins do (tests inject faults
 * this way) applies to the log too.
 */
export async function openLogStore(db: TDb, logger: TYjsLogger): Promise<TLogStore> {
  const kysely = kyselyLogStore(db);
  if (isPostgres(db) || db.getExecutor().plugins.length > 0) return kysely;
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  const file = rows.find((r) => r.name === 'main')?.file;
  // An in-memory database cannot be opened by a second connection.
  if (!file) return kysely;
  const store = new WorkerLogStore(file);
  try {
    await store.ping();
    return store;
  } catch (err) {
    logger.warn('log-worker-unavailable', { error: String(err) });
    await store.close();
    return kysely;
  }
}
