import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCode, shouldRetry } from './close-codes';
import { openEarly, SyncSocket } from './early-socket';
import { OfflineDoc } from './offline-doc';
import { UnsyncedChanges } from './unsynced-changes';

/** Who is editing, as other people's carets and avatars show them. */
export type TCollabUser = { id: string; name: string; color: string };

/** Where the connection to the sync server stands. */
export type TConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'closed';

/** Everything a view needs from one collaborative document; replaced, never mutated. */
export type TCollabSnapshot = {
  doc: Y.Doc | null;
  provider: WebsocketProvider | null;
  status: TConnectionStatus;
  /** Whether the first sync with the server completed on the current connection. */
  synced: boolean;
  /** The browser's own idea of the network (navigator.onLine). */
  online: boolean;
  /** The server's final close code once it stopped us (see close-codes.ts); null otherwise. */
  closedCode: number | null;
  /** Local changes the server has not yet acknowledged. */
  unsynced: number;
};

/** How a session keeps its document: `offline` also keeps a copy in this browser (offline-doc.ts). */
export type TCollabOptions = { offline?: boolean };

const INITIAL: TCollabSnapshot = {
  doc: null,
  provider: null,
  status: 'connecting',
  synced: false,
  online: true,
  closedCode: null,
  unsynced: 0,
};

/** The URL prefix of the sync server: same origin, `/yjs`. */
function syncServerUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/yjs`;
}

/**
 * One Y.Doc and its WebsocketProvider, as an external store for React. Constructing it has no
 * effect; `open()` creates the document and connects, `close()` disconnects and destroys both,
 * so a React effect can own it (StrictMode opens, closes and opens again).
 */
export class CollabSession {
  private snapshot: TCollabSnapshot = INITIAL;
  private readonly listeners = new Set<() => void>();
  private teardown: (() => void) | null = null;
  private openedEarly = false;

  constructor(
    private readonly docName: string,
    private readonly user: TCollabUser,
    private readonly options: TCollabOptions = {},
  ) {}

  /** Subscribes to snapshot changes (useSyncExternalStore's `subscribe`). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current snapshot (useSyncExternalStore's `getSnapshot`). */
  readonly getSnapshot = (): TCollabSnapshot => this.snapshot;

  /** The snapshot during server rendering: no document yet. */
  readonly getServerSnapshot = (): TCollabSnapshot => INITIAL;

  /**
   * Opens the socket to the sync server ahead of `open()`, which takes it over (early-socket.ts):
   * called while the page renders, so that the connection is made while React hydrates. Once per
   * session; nothing outside a browser.
   */
  openSocketEarly(): void {
    if (this.openedEarly || this.teardown || typeof window === 'undefined') return;
    this.openedEarly = true;
    openEarly(`${syncServerUrl()}/${this.docName}`);
  }

  /** Creates the document and connects; a second call without `close()` does nothing. */
  open(): void {
    if (this.teardown) return;
    const doc = new Y.Doc();
    // disableBc: tabs of one browser must not sync around the server (and around its access checks).
    const provider = new WebsocketProvider(syncServerUrl(), this.docName, doc, {
      disableBc: true,
      WebSocketPolyfill: SyncSocket,
      shouldReconnect: (event) => shouldRetry(event.code),
    });
    provider.awareness.setLocalStateField('user', this.user);
    let offline: OfflineDoc | null = null;
    const unsynced = new UnsyncedChanges(doc, provider, (count) => {
      this.update({ unsynced: count });
      offline?.record();
    });
    if (this.options.offline) {
      offline = new OfflineDoc(this.user.id, this.docName, doc, provider, {
        unsynced: () => unsynced.count,
        synced: () => provider.synced,
        onRestored: (pending) => unsynced.addPending(pending),
      });
      unsynced.ignoreOrigin(offline.origin);
    }

    let everConnected = false;
    const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
      if (this.snapshot.status === 'closed') return;
      if (status === 'connected') everConnected = true;
      this.update({ status: status === 'connected' ? 'connected' : everConnected ? 'reconnecting' : 'connecting' });
    };
    const onSync = (synced: boolean) => {
      this.update({ synced });
      offline?.record();
    };
    const onClosed = ({ code }: { code: number }) => {
      // No longer allowed to read it: the copy in this browser goes too. A session that ended
      // (4401) keeps it, so that what was typed offline reaches the server after signing in again.
      if (code === CloseCode.forbidden || code === CloseCode.notFound) offline?.clear();
      this.update({ status: 'closed', synced: false, closedCode: code });
    };
    // A socket on a dead network can take the provider 30 s to notice, and its backoff a while to
    // retry: follow the browser's own signal both ways. Offline edits wait in the doc meanwhile.
    const onNetwork = () => {
      this.update({ online: navigator.onLine });
      if (this.snapshot.status === 'closed') return;
      if (navigator.onLine) provider.connect();
      else provider.disconnect();
    };
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('closed', onClosed);
    window.addEventListener('online', onNetwork);
    window.addEventListener('offline', onNetwork);

    this.teardown = () => {
      window.removeEventListener('online', onNetwork);
      window.removeEventListener('offline', onNetwork);
      unsynced.destroy();
      offline?.destroy();
      // destroy() tells the others we left (a null awareness state) before closing the socket.
      provider.destroy();
      provider.awareness.destroy();
      doc.destroy();
    };
    this.update({ doc, provider, online: navigator.onLine, status: provider.wsconnected ? 'connected' : 'connecting' });
  }

  /** Disconnects and destroys the document and provider. */
  close(): void {
    this.teardown?.();
    this.teardown = null;
    this.update(INITIAL);
  }

  private update(patch: Partial<TCollabSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
