import * as Y from 'yjs';
import type { TDb } from '../../db/client';

// The history tables (docs/history.md): version points, who sent which Yjs client id, who deleted what.
// The sync server writes them (server/yjs/edit-journal.ts); the history and catch-up services read them.
// No 'server-only' here: the custom server loads this module outside Next.

/** A version point to store. */
export type TVersionRow = {
  docName: string;
  typeName: string;
  createdAt: string;
  authors: readonly string[];
  snapshot: Uint8Array;
  restoredFrom?: number;
};

/** What one document's journal has to write. */
export type THistoryBatch = {
  versions: TVersionRow[];
  /** Yjs client id → user id, first seen. */
  clients: Map<number, string>;
  /** User id → the delete sets of their changes since the last batch. */
  deletes: Map<string, TDeleteSet[]>;
};

/** A Yjs delete set (Yjs exports the function that makes one, not its class). */
export type TDeleteSet = ReturnType<typeof Y.createDeleteSet>;

const toBuffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

// Yjs exports no encoder for a bare delete set; a snapshot with an empty state vector is one.
export function encodeDeleteSet(ds: TDeleteSet): Uint8Array {
  return Y.encodeSnapshotV2(Y.createSnapshot(ds, new Map()));
}

function decodeDeleteSet(bytes: Uint8Array): TDeleteSet {
  return Y.decodeSnapshotV2(bytes).ds;
}

/** Writes a journal's batch in one transaction; returns the ids of the versions, in order. */
export async function writeHistory(db: TDb, docName: string, batch: THistoryBatch): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const v of batch.versions) {
      const row = await trx
        .insertInto('doc_versions')
        .values({
          doc_name: v.docName,
          type_name: v.typeName,
          created_at: v.createdAt,
          authors: JSON.stringify(v.authors),
          snapshot: toBuffer(v.snapshot),
          restored_from: v.restoredFrom ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(Number(row.id));
    }
    if (batch.clients.size > 0)
      await trx
        .insertInto('doc_clients')
        .values([...batch.clients].map(([client, user]) => ({ doc_name: docName, client_id: client, user_id: user })))
        .onConflict((oc) => oc.columns(['doc_name', 'client_id']).doNothing())
        .execute();
    for (const [user, sets] of batch.deletes)
      await trx
        .insertInto('doc_deletions')
        .values({ doc_name: docName, user_id: user, deletes: toBuffer(encodeDeleteSet(Y.mergeDeleteSets(sets))) })
        .execute();
    return ids;
  });
}

/** The history names of a document that have at least one version point. */
export async function versionedTypes(db: TDb, docName: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('doc_versions')
    .select('type_name')
    .distinct()
    .where('doc_name', '=', docName)
    .execute();
  return new Set(rows.map((r) => r.type_name));
}

/** Who wrote and who deleted what in a document, as lookups. */
export async function loadAttribution(
  db: TDb,
  docName: string,
): Promise<{ authorOf: (client: number) => string | null; deleterOf: (id: Y.ID) => string | null }> {
  const [clients, deletions] = await Promise.all([
    db.selectFrom('doc_clients').select(['client_id', 'user_id']).where('doc_name', '=', docName).execute(),
    db.selectFrom('doc_deletions').select(['user_id', 'deletes']).where('doc_name', '=', docName).execute(),
  ]);
  const byClient = new Map(clients.map((c) => [Number(c.client_id), c.user_id]));
  const sets = deletions.flatMap((d) => {
    try {
      return [{ user: d.user_id, ds: decodeDeleteSet(d.deletes) }];
    } catch {
      return [];
    }
  });
  return {
    authorOf: (client) => byClient.get(client) ?? null,
    deleterOf: (id) => sets.find((s) => Y.isDeleted(s.ds, id))?.user ?? null,
  };
}
