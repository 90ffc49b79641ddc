import type * as Y from 'yjs';

// Yjs keeps what an update holds beyond the document's state (structs after a gap, deletions of
// items it has not seen) as "pending" inside the document, shared by everyone, and puts it into
// every encodeStateAsUpdate: so it would be persisted with the document and sent to every reader
// until its dependencies arrive, which for a crafted update is never.

/** Whether the document holds structs or deletions waiting for dependencies. */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/** Drops whatever the document holds waiting for dependencies; returns whether there was anything. */
export function dropPending(doc: Y.Doc): boolean {
  const had = hasPending(doc);
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return had;
}

/** Runs `encode` (an encodeStateAsUpdate of `doc`) as if nothing were pending, and puts it back after. */
export function withoutPending<T>(doc: Y.Doc, encode: () => T): T {
  const { pendingStructs, pendingDs } = doc.store;
  if (pendingStructs === null && pendingDs === null) return encode();
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  try {
    return encode();
  } finally {
    doc.store.pendingStructs = pendingStructs;
    doc.store.pendingDs = pendingDs;
  }
}
