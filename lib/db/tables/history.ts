import type { Generated } from 'kysely';

/** A version point of one top-level type of a Yjs document (docs/history.md). */
export interface DocVersionsTable {
  id: Generated<number>;
  doc_name: string;
  /** The top-level type: `answer:<questionKey>`, `status:<questionKey>`, `text:<rowId>:<field>`. */
  type_name: string;
  created_at: string;
  /** JSON array of the user ids who changed the type since the previous point (empty: before history). */
  authors: string;
  /** Y.encodeSnapshotV2 of the state vector and the type's own deletions. */
  snapshot: Uint8Array;
  /** The version a restore brought back, for a point a restore made. */
  restored_from: number | null;
}

/** Which session user sent the structs of a Yjs client id, as the sync server saw it. */
export interface DocClientsTable {
  doc_name: string;
  client_id: number;
  user_id: string;
}

/** Deletions a user made in a document, as an encoded Yjs delete set; many rows per user, merged on read. */
export interface DocDeletionsTable {
  id: Generated<number>;
  doc_name: string;
  user_id: string;
  deletes: Uint8Array;
}

/** A member's last visit of a document: the time and the whole document's snapshot then. */
export interface DocVisitsTable {
  doc_name: string;
  user_id: string;
  seen_at: string;
  snapshot: Uint8Array;
}
