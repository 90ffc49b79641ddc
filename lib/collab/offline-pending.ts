import * as Y from 'yjs';

// How many changes of a document kept in the browser the server has not confirmed, across a reload.
//
// The live count (unsynced-changes.ts) numbers local transactions in memory, so a reload would
// forget it. Beside the document in IndexedDB we keep what that count needs: `serverStateVector`,
// the document's state vector the last time the server had confirmed everything (or when only
// the server's changes had arrived since), and `pending`, the live count as last written. On a
// reload the state vectors decide whether anything is unconfirmed at all (the document loaded
// from IndexedDB holds a clock beyond what the server confirmed); `pending` only says how many.
// The state vectors win over a stale `pending`: a count written late or lost with the tab still
// shows at least one change, and a confirmation that reached the server shows none.

/** What is kept beside each offline document. */
export type TOfflineSyncMeta = { serverStateVector: Uint8Array; pending: number };

/** Whether `local` holds any clock beyond `server` (both encoded Yjs state vectors). */
export function hasChangesBeyond(local: Uint8Array, server: Uint8Array): boolean {
  const confirmed = Y.decodeStateVector(server);
  for (const [client, clock] of Y.decodeStateVector(local)) {
    if (clock > (confirmed.get(client) ?? 0)) return true;
  }
  return false;
}

/** The unconfirmed changes of a document just loaded from IndexedDB; see the comment above. */
export function pendingAfterReload(doc: Y.Doc, meta: TOfflineSyncMeta | null): number {
  const local = Y.encodeStateVector(doc);
  // Nothing kept yet: a document never confirmed by the server is all local, if it holds anything.
  if (!meta) return Y.decodeStateVector(local).size > 0 ? 1 : 0;
  if (!hasChangesBeyond(local, meta.serverStateVector)) return 0;
  return Math.max(1, meta.pending);
}

/** Reads kept meta written by an earlier version or damaged, as nothing kept. */
export function parseOfflineSyncMeta(value: unknown): TOfflineSyncMeta | null {
  if (typeof value !== 'object' || value === null) return null;
  const { serverStateVector, pending } = value as Record<string, unknown>;
  if (
    !(serverStateVector instanceof Uint8Array) ||
    typeof pending !== 'number' ||
    !Number.isInteger(pending) ||
    pending < 0
  )
    return null;
  return { serverStateVector, pending };
}
