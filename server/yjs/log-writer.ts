import type { TDb } from '../../lib/db/client';
import type { TYjsLogger } from './logger';
import { type TLogStore, openLogStore } from './log-store';
import type { DocLog } from './persistence';

// Rows per INSERT: far below SQLite's and PostgreSQL's limits on bound parameters (3 a row).
const ROWS_PER_INSERT = 500;
// How long a log whose write failed waits before it is tried again (a flush tries at once).
const RETRY_MS = 1000;

/**
 * Writes the logs of one sync server's documents. Every document that applied updates within
 * `flushDelayMs` is written together: one row per document, one statement and one commit for all
 * of them, instead of a commit per document per batch; with SQLite, on a thread of its own
 * (log-store.ts), so that neither the writes nor the checkpoints they start hold the event loop.
 * A flush (a client waiting for its acknowledgement) writes at the end of the current turn of the
 * event loop, together with every other flush asked for in that turn.
 *
 * Writes and compactions run one at a time, in order, so a compaction never deletes a row
 * written after the state it folded in. A batch the database refuses stays in its log and is
 * tried again after RETRY_MS; documents in the same INSERT are then written one by one, so that
 * one bad row does not hold up the others.
 */
export class LogWriter {
  private readonly due = new Set<DocLog>();
  private readonly retrying = new Set<DocLog>();
  private timer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private soon: Promise<void> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private store: Promise<TLogStore> | null = null;

  constructor(
    private readonly db: TDb,
    private readonly flushDelayMs: number,
    private readonly logger: TYjsLogger,
  ) {}

  /** A log has new updates: they are written with the others within `flushDelayMs` (after a failure, on the retry). */
  schedule(log: DocLog): void {
    if (log.failure !== null) {
      this.retrying.add(log);
      return;
    }
    this.due.add(log);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.flushDelayMs);
  }

  /** Writes what `log` holds now; resolves once everything appended before this call is committed. */
  async flush(log: DocLog): Promise<void> {
    const target = log.appendCount();
    if (log.writtenCount() >= target) return;
    this.retrying.delete(log);
    this.due.add(log);
    await this.runSoon();
    if (log.writtenCount() < target) throw log.failure ?? new Error('the log was not written');
  }

  /** Writes what `log` holds, then folds its log into its state row. */
  compact(log: DocLog): Promise<void> {
    this.retrying.delete(log);
    this.due.delete(log);
    return this.enqueue(async () => {
      await this.write([log]);
      if (log.failure !== null) throw log.failure;
      await log.writeState(await this.openStore());
    });
  }

  /** Resolves when every write and compaction asked for so far has run. */
  async settled(): Promise<void> {
    await this.queue;
  }

  /** Which store the writes go to, opening it if needed (tests). */
  async storeKind(): Promise<TLogStore['kind']> {
    return (await this.openStore()).kind;
  }

  /** Writes what was asked for, then lets go of the store (its thread); it opens again if needed. */
  async close(): Promise<void> {
    await this.settled();
    const store = await this.store?.catch(() => null);
    await store?.close();
  }

  private openStore(): Promise<TLogStore> {
    // A failure (the database unreachable) is not kept: the next write asks again.
    this.store ??= openLogStore(this.db, this.logger).catch((err: unknown) => {
      this.store = null;
      throw err;
    });
    return this.store;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private run(): Promise<void> {
    return this.enqueue(() => this.writeDue());
  }

  // One run for all the flushes asked for in this turn of the event loop.
  private runSoon(): Promise<void> {
    this.soon ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        this.soon = null;
        resolve(this.run());
      }),
    );
    return this.soon;
  }

  private async writeDue(): Promise<void> {
    const logs: DocLog[] = [];
    const names = new Set<string>();
    for (const log of this.due) {
      // A document reloaded while its previous copy still drains has two logs of one name; their
      // rows are told apart by name, so the second waits for the next batch.
      if (names.has(log.name)) continue;
      names.add(log.name);
      this.due.delete(log);
      logs.push(log);
    }
    if (this.due.size > 0) void this.runSoon();
    await this.write(logs);
    for (const log of logs) {
      if (!log.needsCompaction() || log.failure !== null) continue;
      try {
        await log.writeState(await this.openStore());
      } catch (err) {
        // The rows are written; a failed compaction only leaves them to be replayed on load.
        this.logger.warn('compact-failed', { doc: log.name, error: String(err) });
      }
    }
  }

  /** Writes each log's queue as one row; a refused log keeps its queue and is retried later. */
  private async write(logs: DocLog[]): Promise<void> {
    const batch = logs.flatMap((log) => {
      const update = log.take();
      return update ? [{ log, update }] : [];
    });
    for (let i = 0; i < batch.length; i += ROWS_PER_INSERT) await this.insert(batch.slice(i, i + ROWS_PER_INSERT));
  }

  private async insert(chunk: { log: DocLog; update: Uint8Array }[]): Promise<void> {
    try {
      const store = await this.openStore();
      const ids = await store.insert(
        chunk.map(({ log, update }) => ({ name: log.name, update })),
        new Date().toISOString(),
      );
      chunk.forEach(({ log }, i) => log.committed(ids[i] ?? 0));
    } catch (err) {
      if (chunk.length > 1) {
        // The statement failed as a whole: find out which documents' rows the database refuses.
        for (const one of chunk) await this.insert([one]);
        return;
      }
      const { log } = chunk[0]!;
      log.refused(err);
      this.logger.warn('persist-failed', { doc: log.name, error: String(err) });
      this.retrying.add(log);
      this.retryTimer ??= setTimeout(() => {
        this.retryTimer = null;
        for (const l of this.retrying) this.due.add(l);
        this.retrying.clear();
        void this.run();
      }, RETRY_MS);
    }
  }
}
