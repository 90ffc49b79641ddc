import { sql } from 'kysely';
import * as Y from 'yjs';
import { isPostgres } from '../../lib/db/portable';
import type { TDb } from '../../lib/db/client';
import type { TYjsLogger } from './logger';

export { loadDoc } from '../../lib/collab/persisted-doc';

/** How often the log is written and compacted. */
export type TPersistenceOptions = {
  /** Longest an applied update waits before its batch is written (the rules allow one second). */
  flushDelayMs: number;
  /** Log rows after which the document is compacted into its state row. */
  compactAfter: number;
  /**
   * Whether other instances may log this document too (scale-out): compaction then folds the
   * stored state and the rows it deletes into the new state, since they may hold updates this
   * instance has not received. A single instance's document already holds everything.
   */
  sharedWithOtherInstances: boolean;
};

export const DEFAULT_PERSISTENCE: TPersistenceOptions = { flushDelayMs: 50, compactAfter: 200, sharedWithOtherInstances: false };

const toBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
const now = (): string => new Date().toISOString();

/**
 * The append-only log of one loaded document. Updates are batched for at most `flushDelayMs`,
 * merged into one row, and written one batch at a time; compaction runs in the same queue so it
 * never deletes a row it has not folded into the state.
 */
export class DocLog {
  private pending: Uint8Array[] = [];
  private timer: NodeJS.Timeout | null = null;
  private queue: Promise<void> = Promise.resolve();
  private logRows: number;
  private lastId: number;

  constructor(
    private readonly db: TDb,
    private readonly name: string,
    private readonly doc: Y.Doc,
    private readonly opts: TPersistenceOptions,
    private readonly logger: TYjsLogger,
    loaded: { logRows: number; lastId: number },
  ) {
    this.logRows = loaded.logRows;
    this.lastId = loaded.lastId;
  }

  /** Queues an applied update for the log. */
  append(update: Uint8Array): void {
    this.pending.push(update);
    this.timer ??= setTimeout(() => this.flushLater(), this.opts.flushDelayMs);
  }

  // A timer's flush has no caller to tell; its failure is logged by enqueue and retried there.
  private flushLater(): void {
    this.flush().catch(() => undefined);
  }

  /** Whether the log is long enough to fold into the state row. */
  needsCompaction(): boolean {
    return this.logRows >= this.opts.compactAfter;
  }

  /** Writes everything queued so far; resolves when it is committed. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.enqueue(() => this.writeBatch());
  }

  /** Writes the queue, then replaces the state row with the whole document and drops the log it covers. */
  compact(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.enqueue(async () => {
      await this.writeBatch();
      await this.writeState();
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    // A failed write is logged and its updates kept for the next attempt; the queue goes on.
    this.queue = run.catch((err: unknown) => {
      this.logger.warn('persist-failed', { doc: this.name, error: String(err) });
      this.timer ??= setTimeout(() => this.flushLater(), 1000);
    });
    return run;
  }

  private async writeBatch(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    try {
      const row = await this.db
        .insertInto('yjs_updates')
        .values({ doc_name: this.name, update: toBuffer(update), created_at: now() })
        .returning('id')
        .executeTakeFirstOrThrow();
      this.lastId = Math.max(this.lastId, Number(row.id));
      this.logRows++;
    } catch (err) {
      this.pending = [...batch, ...this.pending];
      throw err;
    }
    if (this.needsCompaction()) await this.writeState();
  }

  private async writeState(): Promise<void> {
    if (this.logRows === 0) return;
    const upTo = this.lastId;
    const ours = Y.encodeStateAsUpdate(this.doc);
    const shared = this.opts.sharedWithOtherInstances;
    await this.db.transaction().execute(async (trx) => {
      let state = toBuffer(ours);
      if (shared) {
        // Several instances hold and compact this document: one at a time. The rows to delete may
        // hold updates another instance logged that have not reached this one yet (Redis down,
        // say), and the state row what another compaction folded in: merge them all with ours.
        if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(hashtext(${this.name}))`.execute(trx);
        const stored = await trx.selectFrom('yjs_documents').select('state').where('name', '=', this.name).executeTakeFirst();
        const rows = await trx.selectFrom('yjs_updates').select('update').where('doc_name', '=', this.name).where('id', '<=', upTo).execute();
        state = toBuffer(Y.mergeUpdates([ours, ...(stored ? [stored.state] : []), ...rows.map((r) => r.update)]));
      }
      await trx
        .insertInto('yjs_documents')
        .values({ name: this.name, state, updated_at: now() })
        .onConflict((oc) => oc.column('name').doUpdateSet({ state, updated_at: now() }))
        .execute();
      await trx.deleteFrom('yjs_updates').where('doc_name', '=', this.name).where('id', '<=', upTo).execute();
    });
    this.logRows = 0;
  }
}
