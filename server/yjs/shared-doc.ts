import type { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { TDb } from '../../lib/db/client';
import type { TYjsLogger } from './logger';
import { DocLog, type TPersistenceOptions, loadDoc } from './persistence';
import { encodeAwareness, encodeSyncStep2, encodeUpdate } from './protocol';

/** One open connection as the document sees it. */
export type TDocConnection = {
  ws: WebSocket;
  userId: string;
  assessmentId: string;
  access: 'write' | 'read';
  /** Awareness client ids this connection has set, removed when it leaves. */
  awarenessIds: Set<number>;
};

/** The origin of updates and awareness applied from another instance: relayed and logged here, never published again. */
export const PEER_ORIGIN = Symbol('peer instance');

/** How a loaded document tells the rest of the sync server (fan-out, metrics) what it applied. */
export type TDocHooks = {
  /** An update applied here that did not come from another instance. */
  onLocalUpdate?: (shared: SharedDoc, update: Uint8Array) => void;
  /** Awareness clients changed here (by a connection, or by one leaving), not by another instance. */
  onLocalAwareness?: (shared: SharedDoc, changed: number[]) => void;
  /** Every applied update, by where it came from. */
  onApplied?: (source: 'client' | 'peer') => void;
};

/**
 * A loaded document: the Y.Doc, its awareness, its connections and its log. Applied updates
 * and awareness changes are relayed to every other connection and updates are logged.
 */
export class SharedDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly conns = new Set<TDocConnection>();
  /** Which connection set each awareness client id, so that no other connection can change it. */
  readonly awarenessOwners = new Map<number, TDocConnection>();
  /** Connections plus acquisitions not yet attached; the document unloads when this reaches 0. */
  holders = 0;
  private log: DocLog | null = null;
  // The whole document as sync step 2, for clients that join with nothing (most joins): 60 people
  // opening a fully answered area at once would otherwise each cost a full encoding.
  private fullStep2: Uint8Array | null = null;
  // When the oldest update not yet known to be written was applied, for the persistence lag metric.
  private unwrittenSince: number | null = null;
  private appendsSinceFlush = 0;
  private watchingWrites = false;
  private flushDelayMs = 0;

  private constructor(readonly name: string) {
    // The server is not a participant; it has no awareness state of its own.
    this.awareness.setLocalState(null);
  }

  /** Loads `name` from the database and starts relaying and logging. */
  static async load(db: TDb, name: string, opts: TPersistenceOptions, logger: TYjsLogger, hooks: TDocHooks = {}): Promise<SharedDoc> {
    const shared = new SharedDoc(name);
    const loaded = await loadDoc(db, name, shared.doc, logger);
    shared.log = new DocLog(db, name, shared.doc, opts, logger, loaded);
    shared.flushDelayMs = opts.flushDelayMs;
    if (shared.log.needsCompaction()) await shared.log.compact();
    shared.doc.on('update', (update: Uint8Array, origin: unknown) => {
      shared.fullStep2 = null;
      // Peers' updates are logged here too: if the instance a client sent one to dies before its
      // write, this copy still reaches the database. Replaying an update twice changes nothing.
      shared.log?.append(update);
      shared.noteAppend();
      shared.broadcast(encodeUpdate(update), origin);
      hooks.onApplied?.(origin === PEER_ORIGIN ? 'peer' : 'client');
      if (origin !== PEER_ORIGIN) hooks.onLocalUpdate?.(shared, update);
    });
    shared.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const changed = added.concat(updated, removed);
      if (changed.length === 0) return;
      shared.broadcast(encodeAwareness(shared.awareness, changed), origin);
      if (origin !== PEER_ORIGIN) hooks.onLocalAwareness?.(shared, changed);
    });
    return shared;
  }

  /** Sync step 2 answering a client's state vector; cached for the empty one. */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    const empty = stateVector.length === 1 && stateVector[0] === 0;
    if (!empty) return encodeSyncStep2(this.doc, stateVector);
    this.fullStep2 ??= encodeSyncStep2(this.doc, stateVector);
    return this.fullStep2;
  }

  /** Sends a message to every connection except `except` (the one it came from). */
  broadcast(message: Uint8Array, except: unknown): void {
    for (const c of this.conns) {
      if (c !== except && c.ws.readyState === c.ws.OPEN) c.ws.send(message);
    }
  }

  /** Removes a connection and the awareness states it set. */
  detach(conn: TDocConnection): void {
    if (!this.conns.delete(conn)) return;
    for (const id of conn.awarenessIds) if (this.awarenessOwners.get(id) === conn) this.awarenessOwners.delete(id);
    if (conn.awarenessIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
  }

  /** Seconds since the oldest update not yet known to be in the database was applied (0 when none). */
  persistenceLag(now = Date.now()): number {
    return this.unwrittenSince === null ? 0 : (now - this.unwrittenSince) / 1000;
  }

  // The log batches privately; we learn that a batch is written by waiting for a flush of our
  // own at the same moment the log's timer fires, which writes nothing extra.
  private noteAppend(): void {
    this.unwrittenSince ??= Date.now();
    this.appendsSinceFlush++;
    if (this.watchingWrites) return;
    this.watchingWrites = true;
    setTimeout(() => this.confirmWritten(), this.flushDelayMs).unref();
  }

  private confirmWritten(): void {
    const startedAt = Date.now();
    this.appendsSinceFlush = 0;
    this.flush().then(
      () => {
        // Updates applied during the write may not be in it; they are no older than its start.
        if (this.appendsSinceFlush === 0) {
          this.unwrittenSince = null;
          this.watchingWrites = false;
        } else {
          this.unwrittenSince = startedAt;
          setTimeout(() => this.confirmWritten(), this.flushDelayMs).unref();
        }
      },
      // The log keeps the batch and retries (persistence.ts); the lag keeps growing until it succeeds.
      () => void setTimeout(() => this.confirmWritten(), 1000).unref(),
    );
  }

  /** Writes the log now. */
  async flush(): Promise<void> {
    await this.log?.flush();
  }

  /** Compacts the log into the state row, then frees the document. */
  async unload(): Promise<void> {
    try {
      await this.log?.compact();
      // Compaction wrote the log first: nothing applied so far is unwritten.
      this.unwrittenSince = null;
    } finally {
      this.awareness.destroy();
      this.doc.destroy();
    }
  }
}
