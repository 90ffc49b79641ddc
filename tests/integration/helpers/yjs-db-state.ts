import * as Y from 'yjs';
import type { TDb } from '../../../lib/db/client';

/** The document as persisted right now: its state row plus its log, as a fresh load would see it. */
export async function persistedDoc(db: TDb, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const state = await db.selectFrom('yjs_documents').select('state').where('name', '=', name).executeTakeFirst();
  if (state) Y.applyUpdate(doc, state.state);
  const rows = await db.selectFrom('yjs_updates').select('update').where('doc_name', '=', name).orderBy('id').execute();
  for (const r of rows) Y.applyUpdate(doc, r.update);
  return doc;
}

/** Whether document `a` contains everything of `b` (its state vector is at least b's for every client). */
export function covers(a: Y.Doc, b: Y.Doc): boolean {
  const sa = Y.decodeStateVector(Y.encodeStateVector(a));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(b)))
    if ((sa.get(client) ?? 0) < clock) return false;
  return true;
}

/** How many log rows a document has. */
export async function logRows(db: TDb, name: string): Promise<number> {
  const rows = await db.selectFrom('yjs_updates').select('id').where('doc_name', '=', name).execute();
  return rows.length;
}
