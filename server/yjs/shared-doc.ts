import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { parseDocName } from '../../lib/collab/doc-name-parse';
import { keepsHistory } from '../../lib/collab/history-snapshot';
import { hasPending, dropPending, withoutPending } from '../../lib/collab/pending-structs';
import type { TDb } from '../../lib/db/client';
import { type TParsedAwareness, applyParsedAwareness } from './awareness-apply';
import { MalformedMessageError } from './bounded-decoder';
import { EditJournal } from './edit-journal';
import { LastEditStamps } from './last-edit-stamps';
import type { TYjsLogger } from './logger';
import type { LogWriter } from './log-writer';
import { DocLog, type TPersistenceOptions, loadDoc } from './persistence';
import { encodeAwareness, encodeSyncStep2, encodeUpdate } from './protocol';

/** One open connection as the document sees it. */
export type TDocConnection = {
  readonly userId: string;
  /** The session user's display name, as the server states it to others. */
  readonly userName: string;
  readonly assessmentId: string;
  readonly access: 'write' | 'read';
  /** Awareness client ids this connection has set, removed when it leaves. */
  readonly awarenessIds: Set<number>;
  /** Sends a message if the connection is open. */
  send(message: Uint8Array): void;
  /** Sends an awareness message if the connection is open; the client may echo it back once. */
  sendAwareness(message: Uint8Array): void;
};

/**
 * The origin of updates and awareness applied from another instance: relayed and logged here, never published again.
 */
export const PEER_ORIGIN = Symbol('peer instance');

// A document that keeps its history holds every deleted text, which no browser needs: the state a
// client joins with comes from a collected copy, where deleted items keep only their length.
function collectedStep2(doc: Y.Doc): Uint8Array {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    return encodeSyncStep2(copy, new Uint8Array([0]));
  } finally {
    copy.destroy();
  }
}

/** The origin of a change the server makes on a member's behalf (restoring a version): relayed, logged, published. */
const SERVER_ORIGIN = Symbol('server change');

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
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly conns = new Set<TDocConnection>();
  /** Which connection set each awareness client id, so that no other connection can change it. */
  readonly awarenessOwners = new Map<number, TDocConnection>();
  /** Connections plus acquisitions not yet attached; the document unloads when this reaches 0. */
  holders = 0;
  private log: DocLog | null = null;
  // The whole document as sync step 2, for clients that join with nothing (most joins): 60 people
  // opening a fully answered area at once would otherwise each cost a full encoding.
  private fullStep2: Uint8Array | null = null;
  // Set only while applyAwareness runs: the client's message and how many entries it carries. When
  // all of them took effect it is relayed as it came, instead of the states being encoded again
  // (a JSON.stringify and three buffers per cursor move, for every message of the busiest kind).
  private relaying: { frame: Uint8Array; entries: number } | null = null;
  // Who last changed each answer, for a checklist document: recorded here, from the connections.
  private lastEdits: LastEditStamps | null = null;
  // What changed, by whom, for a document that keeps a history (docs/history.md).
  private journal: EditJournal | null = null;

  private constructor(readonly name: string) {
    // A document with a history keeps what was deleted: its versions are snapshots, read from it.
    this.doc = new Y.Doc({ gc: !keepsHistory(name) });
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    // The server is not a participant; it has no awareness state of its own.
    this.awareness.setLocalState(null);
  }

  /** Loads `name` from the database and starts relaying and logging. */
  static async load(
    db: TDb,
    writer: LogWriter,
    name: string,
    opts: TPersistenceOptions,
    logger: TYjsLogger,
    hooks: TDocHooks = {},
  ): Promise<SharedDoc> {
    const shared = new SharedDoc(name);
    const loaded = await loadDoc(db, name, shared.doc, logger);
    shared.log = new DocLog(writer, db, name, shared.doc, opts, loaded);
    if (shared.log.needsCompaction()) await shared.log.compact();
    if (parseDocName(name)?.kind === 'factor') shared.lastEdits = new LastEditStamps(shared.doc);
    if (keepsHistory(name))
      shared.journal = await EditJournal.load(db, name, shared.doc, opts.history, logger, () => shared.flush());
    shared.doc.on('update', (update: Uint8Array, origin: unknown) => {
      shared.fullStep2 = null;
      // Peers' updates are logged here too: if the instance a client sent one to dies before its
      // write, this copy still reaches the database. Replaying an update twice changes nothing.
      shared.log?.append(update);
      shared.broadcast(encodeUpdate(update), origin);
      hooks.onApplied?.(origin === PEER_ORIGIN ? 'peer' : 'client');
      if (origin !== PEER_ORIGIN) hooks.onLocalUpdate?.(shared, update);
    });
    shared.awareness.on(
      'update',
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        const changed = added.concat(updated, removed);
        if (changed.length === 0) return;
        const relay = shared.relaying;
        const message = relay?.entries === changed.length ? relay.frame : encodeAwareness(shared.awareness, changed);
        for (const c of shared.conns) if (c !== origin) c.sendAwareness(message);
        if (origin !== PEER_ORIGIN) hooks.onLocalAwareness?.(shared, changed);
      },
    );
    return shared;
  }

  /**
   * Applies awareness entries that `origin` owns and relays the change to the other connections.
   * `frame`, when given, is the client's awareness message carrying exactly these entries.
   */
  applyAwareness(entries: readonly TParsedAwareness[], origin: TDocConnection, frame: Uint8Array | null): void {
    this.relaying = frame && { frame, entries: entries.length };
    try {
      applyParsedAwareness(this.awareness, entries, origin);
    } finally {
      this.relaying = null;
    }
  }

  /**
   * Applies a client's update, which missingDependencies has found complete (and in a checklist
   * document records the connection's user as the last editor of the answers it changed). Should yjs still
   * leave part of it pending (a circle of references between clients, which no yjs client writes),
   * that part is dropped at once, before anyone can receive or persist it, and the update refused.
   */
  applyClientUpdate(update: Uint8Array, origin: TDocConnection): void {
    // Pending structs from another instance (whose updates may arrive out of order) are theirs to complete.
    const clean = !hasPending(this.doc);
    const apply = (): void => Y.applyUpdate(this.doc, update, origin);
    const stamped = (): void => (this.lastEdits ? this.lastEdits.record(origin, apply) : apply());
    if (this.journal) this.journal.record(origin.userId, origin, stamped);
    else stamped();
    if (clean && dropPending(this.doc)) throw new MalformedMessageError('update depends on itself');
  }

  /** Applies a change made on a member's behalf (lib/collab/doc-change.ts): relayed to all, logged, published. */
  applyServerUpdate(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, SERVER_ORIGIN);
  }

  /** Sync step 2 answering a client's state vector (never with anything pending); cached for the empty one. */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    const empty = stateVector.length === 1 && stateVector[0] === 0;
    if (!empty) return withoutPending(this.doc, () => encodeSyncStep2(this.doc, stateVector));
    this.fullStep2 ??= withoutPending(this.doc, () =>
      this.doc.gc ? encodeSyncStep2(this.doc, stateVector) : collectedStep2(this.doc),
    );
    return this.fullStep2;
  }

  /** Sends a message to every connection except `except` (the one it came from). */
  broadcast(message: Uint8Array, except: unknown): void {
    for (const c of this.conns) if (c !== except) c.send(message);
  }

  /** Removes a connection and the awareness states it set. */
  detach(conn: TDocConnection): void {
    if (!this.conns.delete(conn)) return;
    for (const id of conn.awarenessIds) if (this.awarenessOwners.get(id) === conn) this.awarenessOwners.delete(id);
    if (conn.awarenessIds.size > 0)
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    // Someone who leaves has finished what they were writing: its version point is taken now.
    if (![...this.conns].some((c) => c.userId === conn.userId)) this.journal?.leave(conn.userId);
  }

  /** Seconds since the oldest update not yet known to be in the database was applied (0 when none). */
  persistenceLag(now = Date.now()): number {
    return this.log?.lag(now) ?? 0;
  }

  /** Whether some applied update is not yet known to be in the database. */
  hasUnwritten(): boolean {
    return this.log?.hasUnwritten() ?? false;
  }

  /** Writes the log now. */
  async flush(): Promise<void> {
    await this.log?.flush();
  }

  /** Compacts the log into the state row, then frees the document. */
  async unload(): Promise<void> {
    try {
      await this.journal?.close();
      await this.log?.compact();
    } finally {
      this.awareness.destroy();
      this.doc.destroy();
    }
  }
}
