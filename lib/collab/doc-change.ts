import * as Y from 'yjs';
import type { TDb } from '../db/client';
import { runningSyncServer } from './access-changes';
import { loadDoc } from './persisted-doc';

// A change the server makes to a document on a member's behalf (restoring a version of an answer).
// It is made on a copy of the document with a Yjs client id of its own, so that it is one ordinary
// update, credited to the member like their own typing (docs/history.md); the sync server that holds
// the document applies it, so that everyone editing sees it at once, and logs and publishes it.

/** The change made: its update, the client id it was written with, and what it deleted. */
export type TDocChange = { update: Uint8Array; clientId: number; deleteSet: ReturnType<typeof Y.createDeleteSet> };

/** Runs `change` on a copy of the document whose state is `state`, and returns it as an update. */
export function makeChange(state: Uint8Array, change: (doc: Y.Doc) => void): TDocChange {
  const doc = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(doc, state);
    const before = Y.encodeStateVector(doc);
    let deleteSet = Y.createDeleteSet();
    doc.on('afterTransaction', (tr: Y.Transaction) => void (deleteSet = tr.deleteSet));
    doc.transact(() => change(doc));
    return { update: Y.encodeStateAsUpdate(doc, before), clientId: doc.clientID, deleteSet };
  } finally {
    doc.destroy();
  }
}

/**
 * Changes a document: through the sync server of this process when there is one (it loads the
 * document if no one has it open), else by appending the update to the document's log.
 */
export async function changeDoc(db: TDb, docName: string, change: (doc: Y.Doc) => void): Promise<TDocChange> {
  const server = runningSyncServer();
  if (server) return server.changeDoc(docName, (state) => makeChange(state, change));
  const doc = new Y.Doc({ gc: false });
  try {
    await loadDoc(db, docName, doc, { warn: () => undefined });
    const made = makeChange(Y.encodeStateAsUpdate(doc), change);
    await db
      .insertInto('yjs_updates')
      .values({ doc_name: docName, update: Buffer.from(made.update), created_at: new Date().toISOString() })
      .execute();
    return made;
  } finally {
    doc.destroy();
  }
}
