import { CloseCode, type TCloseCode } from './close-codes';

/** Which sync connections to close: every one of a user, of an assessment, or of a user in an assessment. */
export type TConnectionFilter = { userId?: string; assessmentId?: string };

/** What route handlers reach of a sync server. */
type TSyncServerHandle = {
  closeConnections: (filter: TConnectionFilter, code?: TCloseCode) => number;
  /** Loads the document if needed, makes `make`'s change from its current state and applies it to everyone. */
  changeDoc: <T extends { update: Uint8Array }>(docName: string, make: (state: Uint8Array) => T) => Promise<T>;
};

// The sync servers of this process, on globalThis because route handlers load modules as a
// separate copy (see docs/pitfalls.md, "Sharing state between server/ and route handlers") and
// must still reach the connections when access changes.
const holder = globalThis as typeof globalThis & { __idgYjsServers?: Set<TSyncServerHandle> };

/** Registers a sync server so access changes reach its connections; returns the unregister function. */
export function registerSyncServer(server: TSyncServerHandle): () => void {
  const running = (holder.__idgYjsServers ??= new Set());
  running.add(server);
  return () => running.delete(server);
}

/** A sync server of this process, if one runs (route handlers changing a document go through it). */
export function runningSyncServer(): TSyncServerHandle | null {
  return holder.__idgYjsServers?.values().next().value ?? null;
}

/**
 * Closes the matching sync connections on every sync server of this process with 'access
 * changed', so their clients reconnect and the server decides again what they may do.
 */
export function closeYjsConnections(filter: TConnectionFilter, code: TCloseCode = CloseCode.accessChanged): number {
  let n = 0;
  for (const s of holder.__idgYjsServers ?? []) n += s.closeConnections(filter, code);
  return n;
}
