import * as Y from 'yjs';
import { encodeSnapshot, hadContentBefore, historyNamesOf, typeSnapshot } from '../../lib/collab/history-snapshot';
import type { TDb } from '../../lib/db/client';
import { type THistoryBatch, type TVersionRow, versionedTypes, writeHistory } from '../../lib/services/history/store';
import type { TYjsLogger } from './logger';

// The history of a document that keeps one (docs/history.md): while a connection's update is
// applied, the journal notes which answers, evaluations or plan fields it changed, which Yjs client
// ids the connection wrote with and what it deleted, all credited to the connection's session user.
// A version point of a changed type is taken when its writers pause, when one of them leaves, and
// while typing goes on at most every few minutes: never a copy per keystroke, and each point is a
// snapshot of a few dozen bytes (lib/collab/history-snapshot.ts). The first change to a type that
// has no point yet first records it as it was (when it had any content), so that the text from
// before history began can be brought back too.

/** When version points are taken. */
export type THistoryTiming = {
  /** A type's writers have paused this long. */
  pauseMs: number;
  /** Typing has gone on this long since the type's last point. */
  maxMs: number;
  /** How often pauses are looked for. */
  tickMs: number;
};

export const DEFAULT_HISTORY_TIMING: THistoryTiming = { pauseMs: 30_000, maxMs: 180_000, tickMs: 5_000 };

type TPending = { authors: Set<string>; first: number; last: number };
/** Any shared type, as yjs's own functions take it. */
type TType = Parameters<typeof Y.findRootTypeKey>[0];

/** The edit journal of one loaded document. */
export class EditJournal {
  private readonly pending = new Map<string, TPending>();
  private batch: THistoryBatch = { versions: [], clients: new Map(), deletes: new Map() };
  private readonly knownClients = new Set<number>();
  // Set only while a connection's update is applied: its origin and user.
  private applying: { origin: unknown; userId: string } | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly timer: ReturnType<typeof setInterval>;

  private constructor(
    private readonly db: TDb,
    private readonly docName: string,
    private readonly doc: Y.Doc,
    private readonly versioned: Set<string>,
    private readonly timing: THistoryTiming,
    private readonly logger: TYjsLogger,
    private readonly flushLog: () => Promise<void>,
    private readonly now: () => number,
  ) {
    doc.on('afterTransaction', this.onTransaction);
    this.timer = setInterval(() => this.tick(), timing.tickMs);
    this.timer.unref();
  }

  static async load(
    db: TDb,
    docName: string,
    doc: Y.Doc,
    timing: THistoryTiming,
    logger: TYjsLogger,
    flushLog: () => Promise<void>,
    now: () => number = Date.now,
  ): Promise<EditJournal> {
    return new EditJournal(db, docName, doc, await versionedTypes(db, docName), timing, logger, flushLog, now);
  }

  /** Runs `apply` (a connection's update, applied with `origin`), crediting what it changes to `userId`. */
  record(userId: string, origin: unknown, apply: () => void): void {
    this.applying = { origin, userId };
    try {
      apply();
    } finally {
      this.applying = null;
    }
  }

  /** Takes the points of whatever `userId` was changing: they left. */
  leave(userId: string): void {
    for (const [name, p] of this.pending) if (p.authors.has(userId)) this.take(name);
    this.write();
  }

  /** Takes every pending point and writes everything (the document unloads, the server stops). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    this.doc.off('afterTransaction', this.onTransaction);
    for (const name of [...this.pending.keys()]) this.take(name);
    this.write();
    await this.writing;
  }

  /** Waits for the writes asked for so far (tests, the benchmark). */
  async settled(): Promise<void> {
    this.write();
    await this.writing;
  }

  /** Looks for paused and long-running edits; the timer calls it, tests call it with their clock. */
  tick(): void {
    const now = this.now();
    for (const [name, p] of this.pending)
      if (now - p.last >= this.timing.pauseMs || now - p.first >= this.timing.maxMs) this.take(name);
    this.write();
  }

  private readonly onTransaction = (tr: Y.Transaction): void => {
    const applying = this.applying;
    if (!applying || tr.origin !== applying.origin) return;
    const { userId } = applying;
    const now = this.now();
    for (const name of this.changedNames(tr)) {
      const p = this.pending.get(name);
      if (p) {
        p.authors.add(userId);
        p.last = now;
        continue;
      }
      if (!this.versioned.has(name) && hadContentBefore(this.doc, name, tr))
        this.point(name, typeSnapshot(this.doc, name, tr), [], now);
      this.pending.set(name, { authors: new Set([userId]), first: now, last: now });
    }
    let newClient = false;
    for (const [client, clock] of tr.afterState) {
      if (clock <= (tr.beforeState.get(client) ?? 0) || this.knownClients.has(client)) continue;
      this.knownClients.add(client);
      this.batch.clients.set(client, userId);
      newClient = true;
    }
    if (tr.deleteSet.clients.size > 0) {
      const sets = this.batch.deletes.get(userId) ?? [];
      sets.push(tr.deleteSet);
      this.batch.deletes.set(userId, sets);
    }
    // Who writes with a client id is needed as soon as anyone reads the change (catching up), and
    // comes once per client: written at once. Deletions go with the next version point.
    if (newClient) this.write();
  };

  // The history names a transaction changed: an edit anywhere inside an answer counts for its
  // top-level type; an evaluation for its key of the `status` map.
  private changedNames(tr: Y.Transaction): Set<string> {
    const names = new Set<string>();
    for (const [changed, keys] of tr.changed as ReadonlyMap<TType, Set<string | null>>) {
      let type: TType | null = changed;
      while (type !== null && type._item !== null) type = type._item.parent as TType | null;
      if (type === null || type.doc !== this.doc) continue;
      const top = Y.findRootTypeKey(type);
      for (const n of historyNamesOf(this.docName, top, type === changed ? keys : [])) names.add(n);
    }
    return names;
  }

  private take(name: string): void {
    const p = this.pending.get(name);
    if (!p) return;
    this.pending.delete(name);
    this.point(name, typeSnapshot(this.doc, name), [...p.authors], this.now());
  }

  private point(name: string, snapshot: Y.Snapshot, authors: string[], at: number): void {
    this.versioned.add(name);
    const row: TVersionRow = {
      docName: this.docName,
      typeName: name,
      createdAt: new Date(at).toISOString(),
      authors,
      snapshot: encodeSnapshot(snapshot),
    };
    this.batch.versions.push(row);
  }

  // One write at a time, in order; a batch the database refused goes back in front of the next. The
  // document's log is written first, so that no stored point refers to updates the database lacks.
  private write(): void {
    const b = this.batch;
    if (b.versions.length === 0 && b.clients.size === 0 && b.deletes.size === 0) return;
    this.batch = { versions: [], clients: new Map(), deletes: new Map() };
    this.writing = this.writing.then(() =>
      this.flushLog()
        .then(() => writeHistory(this.db, this.docName, b))
        .then(
          () => undefined,
          (err: unknown) => {
            this.logger.warn('history-write-failed', { doc: this.docName, error: String(err) });
            this.batch.versions.unshift(...b.versions);
            for (const [c, u] of b.clients) if (!this.batch.clients.has(c)) this.batch.clients.set(c, u);
            for (const [u, sets] of b.deletes)
              this.batch.deletes.set(u, [...sets, ...(this.batch.deletes.get(u) ?? [])]);
          },
        ),
    );
  }
}
