import { fromBase64, toBase64 } from 'lib0/buffer';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { type TOfflineSyncMeta, parseOfflineSyncMeta, pendingAfterReload } from './offline-pending';

// A collaborative document kept in the browser's IndexedDB, so that a reload without a network
// still shows what this member last saw and typed, and the typing reaches the server later.
// One database per member and document: two accounts on one browser never load each other's
// copies (a contributor's copy may hold areas another account may not read).

const PREFIX = 'idg-offline';
const META_KEY = 'sync';
const REMOTE_META_DELAY_MS = 500;

/** The IndexedDB database name of one member's copy of one document. */
export function offlineDbName(userId: string, docName: string): string {
  return `${PREFIX}:${encodeURIComponent(userId)}:${docName}`;
}

// localStorage throws where it is disabled (some private windows, policies) or full. Everything
// kept there is a second copy of what IndexedDB holds, so a refusal is never an error to show.
function withLocalStorage<T>(task: (storage: Storage) => T, otherwise: T): T {
  try {
    return task(localStorage);
  } catch {
    return otherwise;
  }
}

/**
 * Deletes every document this member kept in this browser (sign-out). Browsers without
 * `indexedDB.databases()` keep nothing to find, so nothing is left behind there either way.
 */
export async function clearOfflineDocs(userId: string): Promise<void> {
  const prefix = `${PREFIX}:${encodeURIComponent(userId)}:`;
  // The copies written as a page went (OfflineDoc's unload copy).
  withLocalStorage((storage) => {
    for (const key of Object.keys(storage)) if (key.startsWith(prefix)) storage.removeItem(key);
  }, undefined);
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const dbs = await indexedDB.databases();
  await Promise.all(
    dbs
      .map((db) => db.name)
      .filter((name): name is string => Boolean(name?.startsWith(prefix)))
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const req = indexedDB.deleteDatabase(name);
            // A database still open in another tab is deleted once that tab lets go; do not wait.
            req.onsuccess = req.onerror = req.onblocked = () => resolve();
          }),
      ),
  );
}

/** What the offline copy needs to know about the live connection. */
export type TOfflineDocHooks = {
  /** Changes the server has not confirmed, as counted live. */
  unsynced: () => number;
  /** Whether the provider completed its sync with the server on the current connection. */
  synced: () => boolean;
  /** Called once the copy is loaded, with the unconfirmed changes it brought back. */
  onRestored: (pending: number) => void;
};

/**
 * Keeps `doc` in IndexedDB and, beside it, what the server last confirmed (offline-pending.ts).
 * `origin` is the origin of the updates loaded from the browser, which the caller must not
 * count as fresh typing: `onRestored` reports how many of them the server still lacks.
 */
export class OfflineDoc {
  private readonly persistence: IndexeddbPersistence;
  private restored = false;
  private serverStateVector: Uint8Array = new Uint8Array([0]);
  private remoteTimer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;
  // IndexedDB writes are asynchronous: a reload a moment after the last keystroke aborts the ones
  // not yet committed. What the server lacks is also written synchronously to localStorage as the
  // page goes, under this key, and applied again on every load until the server has confirmed it.
  private readonly unloadKey: string;

  constructor(
    userId: string,
    docName: string,
    private readonly doc: Y.Doc,
    private readonly remoteOrigin: unknown,
    private readonly hooks: TOfflineDocHooks,
  ) {
    this.persistence = new IndexeddbPersistence(offlineDbName(userId, docName), doc);
    this.unloadKey = `${offlineDbName(userId, docName)}:unconfirmed`;
    doc.on('update', this.onUpdate);
    window.addEventListener('pagehide', this.onPageHide);
    void this.restore();
  }

  /** The origin of updates applied from IndexedDB. */
  get origin(): unknown {
    return this.persistence;
  }

  /** Writes what the server has confirmed; call when the count or the sync state changes. */
  record(): void {
    if (!this.restored || this.destroyed) return;
    const pending = this.hooks.unsynced();
    // Nothing unconfirmed on a synced connection: the whole document is on the server.
    if (pending === 0 && this.hooks.synced()) {
      this.serverStateVector = Y.encodeStateVector(this.doc);
      this.forgetUnloadCopy();
    }
    const meta: TOfflineSyncMeta = { serverStateVector: this.serverStateVector, pending };
    this.persistence.set(META_KEY, meta as never).catch(() => undefined);
  }

  /** Stops writing; the browser keeps the copy for the next visit. */
  destroy(): void {
    this.destroyed = true;
    if (this.remoteTimer !== null) clearTimeout(this.remoteTimer);
    this.doc.off('update', this.onUpdate);
    window.removeEventListener('pagehide', this.onPageHide);
    void this.persistence.destroy();
  }

  /** Deletes this copy (the server refused this member the document). */
  clear(): void {
    this.destroyed = true;
    this.doc.off('update', this.onUpdate);
    window.removeEventListener('pagehide', this.onPageHide);
    this.forgetUnloadCopy();
    void this.persistence.clearData();
  }

  private async restore(): Promise<void> {
    try {
      await this.persistence.whenSynced;
      const meta = parseOfflineSyncMeta(await this.persistence.get(META_KEY));
      if (this.destroyed) return;
      // Applied as loaded from the browser: not counted as fresh typing, and kept under its key
      // (not in IndexedDB) until the server confirms it.
      const unloadCopy = this.readUnloadCopy();
      if (unloadCopy) Y.applyUpdate(this.doc, unloadCopy, this.persistence);
      if (meta) this.serverStateVector = meta.serverStateVector;
      this.restored = true;
      this.hooks.onRestored(pendingAfterReload(this.doc, meta));
      this.record();
    } catch {
      // No IndexedDB (a private window, storage full): the page works online as before.
    }
  }

  private readonly onPageHide = (): void => {
    if (!this.restored || this.destroyed) return;
    // Storage full or disabled: IndexedDB still has all but the last moment's typing.
    withLocalStorage((storage) => {
      if (this.hooks.unsynced() > 0)
        storage.setItem(this.unloadKey, toBase64(Y.encodeStateAsUpdate(this.doc, this.serverStateVector)));
      else storage.removeItem(this.unloadKey);
    }, undefined);
  };

  private readUnloadCopy(): Uint8Array | null {
    return withLocalStorage((storage) => {
      const kept = storage.getItem(this.unloadKey);
      return kept ? fromBase64(kept) : null;
    }, null);
  }

  private forgetUnloadCopy(): void {
    withLocalStorage((storage) => storage.removeItem(this.unloadKey), undefined);
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    // The server's changes move what it has confirmed only when nothing of ours is pending;
    // they come one keystroke at a time, so the write waits a moment.
    if (origin !== this.remoteOrigin || this.remoteTimer !== null) return;
    this.remoteTimer = setTimeout(() => {
      this.remoteTimer = null;
      this.record();
    }, REMOTE_META_DELAY_MS);
  };
}
