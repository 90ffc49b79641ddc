import 'server-only';
import * as Y from 'yjs';
import { decodeSnapshot, encodeSnapshot } from '../../collab/history-snapshot';
import type { TDb } from '../../db/client';

// A member's visit of a document (an area, a group's findings, the plan): when they last marked it
// seen, or first opened it, and the whole document's snapshot then, which catching up compares with.

export type TVisit = { seenAt: string; snapshot: Y.Snapshot };

/** The member's last visit of a document, if any. */
export async function readVisit(db: TDb, docName: string, userId: string): Promise<TVisit | null> {
  const row = await db
    .selectFrom('doc_visits')
    .select(['seen_at', 'snapshot'])
    .where('doc_name', '=', docName)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? { seenAt: row.seen_at, snapshot: decodeSnapshot(row.snapshot) } : null;
}

/** Records a visit now, with the document as it is. */
export async function writeVisit(db: TDb, docName: string, userId: string, doc: Y.Doc): Promise<string> {
  const seenAt = new Date().toISOString();
  const snapshot = Buffer.from(encodeSnapshot(Y.snapshot(doc)));
  await db
    .insertInto('doc_visits')
    .values({ doc_name: docName, user_id: userId, seen_at: seenAt, snapshot })
    .onConflict((oc) => oc.columns(['doc_name', 'user_id']).doUpdateSet({ seen_at: seenAt, snapshot }))
    .execute();
  return seenAt;
}
