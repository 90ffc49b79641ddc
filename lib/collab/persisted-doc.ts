import * as Y from 'yjs';
import type { TDb } from '../db/client';
import { dropPending } from './pending-structs';
import { logger } from '../log/logger';

/** Where a damaged persisted row is reported. */
export type TWarnLogger = { warn: (event: string, fields: Record<string, string>) => void };

const yjsLog = logger('yjs');
const defaultWarn: TWarnLogger = { warn: (event, fields) => yjsLog.warn(fields, event) };

/** How a document is loaded for reading. */
export type TLoadOptions = {
  /** Keep deleted content, to read the document at a version's snapshot (docs/history.md). */
  withHistory?: boolean;
};

/**
 * Loads a document: its compacted state row, then every logged update after it, in order.
 * Returns how many log rows were replayed, so that the caller can compact a long log at once.
 */
export async function loadDoc(
  db: TDb,
  name: string,
  doc: Y.Doc,
  logger: TWarnLogger,
): Promise<{ logRows: number; lastId: number }> {
  const state = await db.selectFrom('yjs_documents').select('state').where('name', '=', name).executeTakeFirst();
  const rows = await db
    .selectFrom('yjs_updates')
    .select(['id', 'update'])
    .where('doc_name', '=', name)
    .orderBy('id')
    .execute();
  applyRows(doc, name, state?.state, rows, logger);
  let lastId = 0;
  for (const r of rows) lastId = Math.max(lastId, Number(r.id));
  return { logRows: rows.length, lastId };
}

// The state row then the log rows, in order, into `doc`.
function applyRows(
  doc: Y.Doc,
  name: string,
  state: Uint8Array | undefined,
  rows: readonly { update: Uint8Array }[],
  logger: TWarnLogger,
): void {
  Y.transact(doc, () => {
    for (const u of [...(state ? [state] : []), ...rows.map((r) => r.update)]) {
      try {
        Y.applyUpdate(doc, u);
      } catch (err) {
        // One damaged row must not make the whole document unloadable; say so loudly.
        logger.warn('persisted-update-unreadable', { doc: name, error: String(err) });
      }
    }
  });
  // Older versions of the sync server let updates with missing dependencies wait in the document
  // and persisted them: by now nothing will complete them, so they are dropped, not served.
  if (dropPending(doc)) logger.warn('persisted-pending-dropped', { doc: name });
}

/**
 * Several documents as persisted, read in two statements however many there are, for pages that
 * read every area of an assessment. The stored rows of all are held at once, but each document is
 * built only when `each` takes it (with its index in `names`) and destroyed after, since a parsed
 * document is many times its stored size.
 */
export async function eachPersistedDoc<T>(
  db: TDb,
  names: readonly string[],
  each: (doc: Y.Doc, index: number) => T,
  opts: TLoadOptions = {},
): Promise<T[]> {
  if (names.length === 0) return [];
  // The log before the states: a compaction in between folds the rows read into a state read
  // after, and applying an update twice changes nothing; the other order could miss them.
  const rows = await db
    .selectFrom('yjs_updates')
    .select(['doc_name', 'id', 'update'])
    .where('doc_name', 'in', names)
    .orderBy('id')
    .execute();
  const states = await db.selectFrom('yjs_documents').select(['name', 'state']).where('name', 'in', names).execute();
  const stateOf = new Map(states.map((s) => [s.name, s.state]));
  const out: T[] = [];
  for (const [index, name] of names.entries()) {
    const doc = new Y.Doc({ gc: !opts.withHistory });
    try {
      applyRows(
        doc,
        name,
        stateOf.get(name),
        rows.filter((r) => r.doc_name === name),
        defaultWarn,
      );
      out.push(each(doc, index));
    } finally {
      doc.destroy();
    }
  }
  return out;
}

/**
 * A Yjs document as persisted (state row plus log), for reading on the server (API, exports,
 * dashboards). The sync server commits every update before acknowledging it, so this holds
 * everything any client was told is saved; nothing here writes to it.
 */
export async function loadPersistedDoc(db: TDb, name: string, opts: TLoadOptions = {}): Promise<Y.Doc> {
  const doc = new Y.Doc({ gc: !opts.withHistory });
  await loadDoc(db, name, doc, defaultWarn);
  return doc;
}

/**
 * Stores a whole document as its state row, the form the sync server compacts a document into,
 * for seeding a document no server holds yet (the demo's workshop). It inserts and never
 * replaces: a document that already exists would lose whatever its log holds.
 */
export async function insertDocState(db: TDb, name: string, doc: Y.Doc): Promise<void> {
  await db
    .insertInto('yjs_documents')
    .values({ name, state: Buffer.from(Y.encodeStateAsUpdate(doc)), updated_at: new Date().toISOString() })
    .execute();
}
