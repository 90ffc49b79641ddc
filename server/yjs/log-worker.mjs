// The SQLite side of the sync server's log (log-store.ts), on a thread and a connection of its
// own. better-sqlite3 is synchronous, and the commit that starts a WAL checkpoint waits for the
// disk (an fsync: tens of milliseconds when other processes write): on the main thread that would
// hold up every connection's relaying. Plain JavaScript, so that it loads the same under tsx,
// vitest and node. Requests are answered in order, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file);
// As lib/db/client.ts opens the application's connection (WAL is the file's own mode already).
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');

const insertRow = db.prepare('insert into yjs_updates (doc_name, "update", created_at) values (?, ?, ?)');
const upsertState = db.prepare(
  'insert into yjs_documents (name, state, updated_at) values (?, ?, ?) on conflict (name) do update set state = excluded.state, updated_at = excluded.updated_at',
);
const deleteLog = db.prepare('delete from yjs_updates where doc_name = ? and id <= ?');

const blob = (u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
const insertRows = db.transaction((rows, createdAt) =>
  rows.map((r) => Number(insertRow.run(r.name, blob(r.update), createdAt).lastInsertRowid)),
);
const replaceState = db.transaction((name, state, upTo, updatedAt) => {
  upsertState.run(name, blob(state), updatedAt);
  deleteLog.run(name, upTo);
});

parentPort.on('message', (m) => {
  try {
    if (m.kind === 'ping') parentPort.postMessage({ id: m.id, ok: true, ids: [] });
    else if (m.kind === 'insert') parentPort.postMessage({ id: m.id, ok: true, ids: insertRows(m.rows, m.createdAt) });
    else if (m.kind === 'state')
      parentPort.postMessage({ id: m.id, ok: true, ids: (replaceState(m.name, m.state, m.upTo, m.updatedAt), []) });
    else throw new Error(`unknown request ${String(m.kind)}`);
  } catch (err) {
    parentPort.postMessage({ id: m.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
