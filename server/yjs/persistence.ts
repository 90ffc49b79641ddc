import { sql } from 'kysely';
import * as Y from 'yjs';
import { withoutPending } from '../../lib/collab/pending-structs';
import { isPostgres } from '../../lib/db/portable';
import type { TDb } from '../../lib/db/client';
import { DEFAULT_HISTORY_TIMING, type THistoryTiming } from './edit-journal';
import type { TLogStore } from './log-store';
import type { LogWriter } from './log-writer';

export { loadDoc } from '../../lib/collab/persisted-doc';

/** How often the logs are written and compacted. */
export type TPersistenceOptions = {
  /**
   * Longest an applied update waits before its batch is written (the rules allow one second); every
   * loaded document's batch is written together.
   */
  flushDelayMs: number;
  /** Log rows after which the document is compacted into its state row. */
  compactAfter: number;
  /**
   * Whether other instances may log this document too (scale-out): compaction then folds the
   * stored state and the rows it deletes into the new state, since they may hold updates this
   * instance has not received. A single instance's document already holds everything.
   */
  sharedWithOtherInstances: boolean;
  /** When the documents that keep a history take their version points (edit-journal.ts). */
  history: THistoryTiming;
};

// A quarter of a second: well within the rules' second, and few enough commits (four a second for
// the whole server, however many documents are open) that the synchronous SQLite driver seldom
// holds the event loop. Acknowledgements do not wait for it: a sync step 1 writes at once.
export const DEFAULT_PERSISTENCE: TPersistenceOptions = {
  flushDelayMs: 250,
  compactAfter: 200,
  sharedWithOtherInstances: false,
  history: DEFAULT_HISTORY_TIMING,
};

const toBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
const now = (): string => new Date().toISOString();

/**
 * The append-only log of one loaded document. It holds the updates not yet written; the sync
 * server's LogWriter (log-writer.ts) writes every document's batch together, one row each, and
 * compacts a document's log into its state row in the same queue, so compaction never deletes a
 * row it has not folded into the state.
 */
export class DocLog {
  private pending: Uint8Array[] = [];
  // The batch taken for a write in flight, kept until it is known to be written.
  private writing: Uint8Array | null = null;
  // When the oldest pending (and in-flight) update was appended, for the persistence lag.
  private pendingSince: number | null = null;
  private writingSince: number | null = null;
  // Appends counted, so that a flush can tell whether everything appended before it is written.
  private appended = 0;
  private taken = 0;
  private written = 0;
  private logRows: number;
  private lastId: number;
  /** Why the last write failed, while it has not succeeded since; the writer retries it on a slower schedule. */
  failure: Error | null = null;

  constructor(
    private readonly writer: LogWriter,
    private readonly db: TDb,
    readonly name: string,
    private readonly doc: Y.Doc,
    private readonly opts: TPersistenceOptions,
    loaded: { logRows: number; lastId: number },
  ) {
    this.logRows = loaded.logRows;
    this.lastId = loaded.lastId;
  }

  /** Queues an applied update for the log. */
  append(update: Uint8Array): void {
    this.pending.push(update);
    this.appended++;
    this.pendingSince ??= Date.now();
    this.writer.schedule(this);
  }

  /** Writes everything queued so far; resolves when it is committed, rejects when it could not be. */
  flush(): Promise<void> {
    return this.writer.flush(this);
  }

  /** Writes the queue, then replaces the state row with the whole document and drops the log it covers. */
  compact(): Promise<void> {
    return this.writer.compact(this);
  }

  /** Whether the log is long enough to fold into the state row. */
  needsCompaction(): boolean {
    return this.logRows >= this.opts.compactAfter;
  }

  /** Whether some appended update is not yet known to be written. */
  hasUnwritten(): boolean {
    return this.pendingSince !== null || this.writingSince !== null;
  }

  /** Seconds since the oldest update not yet known to be written was appended (0 when none). */
  lag(nowMs: number): number {
    const since = Math.min(this.pendingSince ?? Infinity, this.writingSince ?? Infinity);
    return since === Infinity ? 0 : (nowMs - since) / 1000;
  }

  /** How many appends there have been; a flush is done once `writtenCount()` reaches it. */
  appendCount(): number {
    return this.appended;
  }

  /** How many appends are known to be written. */
  writtenCount(): number {
    return this.written;
  }

  /** For the writer: takes the queued updates, merged into one, for a write; null when none. */
  take(): Uint8Array | null {
    if (this.pending.length === 0) return null;
    const batch = this.pending;
    this.pending = [];
    this.writing = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    this.writingSince = this.pendingSince;
    this.pendingSince = null;
    this.taken = this.appended;
    return this.writing;
  }

  /** For the writer: the taken batch is committed as row `id`. */
  committed(id: number): void {
    this.lastId = Math.max(this.lastId, id);
    this.logRows++;
    this.written = this.taken;
    this.writing = null;
    this.writingSince = null;
    this.failure = null;
  }

  /** For the writer: the taken batch was refused; it goes back to the front of the queue. */
  refused(err: unknown): void {
    if (this.writing) this.pending.unshift(this.writing);
    this.pendingSince = Math.min(this.writingSince ?? Infinity, this.pendingSince ?? Infinity);
    this.writing = null;
    this.writingSince = null;
    this.failure = err instanceof Error ? err : new Error(String(err));
  }

  /** For the writer: replaces the state row with the whole document and drops the log rows it covers. */
  async writeState(store: TLogStore): Promise<void> {
    if (this.logRows === 0) return;
    const upTo = this.lastId;
    // What waits for dependencies is not the document's; another instance that sent it logs it.
    const ours = withoutPending(this.doc, () => Y.encodeStateAsUpdate(this.doc));
    if (this.opts.sharedWithOtherInstances) await this.writeSharedState(ours, upTo);
    else await store.replaceState(this.name, ours, upTo, now());
    this.logRows = 0;
  }

  // Several instances hold and compact this document: one at a time. The rows to delete may hold
  // updates another instance logged that have not reached this one yet (Redis down, say), and the
  // state row what another compaction folded in: merge them all with ours.
  private async writeSharedState(ours: Uint8Array, upTo: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(hashtext(${this.name}))`.execute(trx);
      const stored = await trx
        .selectFrom('yjs_documents')
        .select('state')
        .where('name', '=', this.name)
        .executeTakeFirst();
      const rows = await trx
        .selectFrom('yjs_updates')
        .select('update')
        .where('doc_name', '=', this.name)
        .where('id', '<=', upTo)
        .execute();
      const state = toBuffer(Y.mergeUpdates([ours, ...(stored ? [stored.state] : []), ...rows.map((r) => r.update)]));
      await trx
        .insertInto('yjs_documents')
        .values({ name: this.name, state, updated_at: now() })
        .onConflict((oc) => oc.column('name').doUpdateSet({ state, updated_at: now() }))
        .execute();
      await trx.deleteFrom('yjs_updates').where('doc_name', '=', this.name).where('id', '<=', upTo).execute();
    });
  }
}
