// A lean Yjs client for bench/load.ts: what a stock provider puts on the wire, without its
// browser machinery, so that 2,000 of them fit beside the server on two cores. It speaks the
// y-websocket protocol (our server, y-websocket's reference server) or Hocuspocus's (the same
// y-protocols messages, each prefixed with the document name, after an authentication message).
// Like WebsocketProvider and HocuspocusProvider it sends sync step 1 and its awareness on open,
// answers the server's step 1 with step 2, sends every local update and awareness change, renews
// its awareness every 15 s (y-protocols' Awareness does that) and reconnects after a drop.
// Unlike them it never echoes awareness it learns from others (both stock providers do), and an
// editor reads others' updates and awareness off the wire without applying them (applying 9,000
// remote updates a second would measure this process, not the server); a watcher applies all.
//
// An edit is a person typing in their own answer: two characters at the end of the client's own
// text, the oldest two dropped past 40, and the cursor (awareness) moved. Yjs folds a person's
// consecutive typing, and what they deleted, into single items, so a document keeps a steady size
// however long the run: the server's RSS then shows the server, not an ever-growing document.
// (Typing at random places in one shared text leaves a tombstone per keystroke: every server's
// RSS doubled in ten minutes.) So that nothing else takes the editor's Yjs clock, the edit's send
// time is not in the document: it goes into a buffer shared by every thread, and a watcher knows
// each edit it applies from its client id and clock (edit n of a client ends at clock 2n).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

export type TProtocol = 'y-websocket' | 'hocuspocus';

/** Milliseconds since the epoch with sub-millisecond precision, the same clock in every thread. */
export const absNow = (): number => performance.timeOrigin + performance.now();

/** Editors' client ids are this plus their index, so a watcher can find their send times. */
const CLIENT_ID_BASE = 1_000_000;
/** Send times kept per editor, a ring: far more edits than can ever be in flight at once. */
export const SENT_RING = 256;

/** The shared send-time buffer for `clients` editors. */
export function createSentTimes(clients: number): SharedArrayBuffer {
  return new SharedArrayBuffer(clients * SENT_RING * Float64Array.BYTES_PER_ELEMENT);
}

/** How far a document has a client's edits: the number of that client's edits it holds. */
export function editsHeld(doc: Y.Doc, clientId: number): number {
  return Math.floor(Y.getState(doc.store, clientId) / 2);
}

export type TLoadClientOptions = {
  protocol: TProtocol;
  /** The server's base URL: y-websocket appends `/<doc>`; Hocuspocus names the document in each message. */
  url: string;
  doc: string;
  /** This client's index among all the run's clients: its client id and its slots in `sentAt`. */
  index: number;
  /** Send times of every client's edits (createSentTimes), shared by all threads. */
  sentAt: Float64Array;
  /** Session cookie for our server's upgrade check. */
  cookie?: string;
  /** Apply others' updates and awareness (a watcher), or only read them off the wire (an editor). */
  applyRemote: boolean;
  /** Called for every failure: refused or failed connection, unexpected close, unreadable message. */
  onError: (kind: string, detail: string) => void;
  /** Called with the propagation latency (ms) of every other client's edit a watcher applies. */
  onLatency?: (ms: number) => void;
};

// Message types of both protocols (Hocuspocus adds its own above 3; SyncStatus acknowledges an update).
const MSG_SYNC = 0;
const MSG_AWARENESS = 1;
const MSG_AUTH = 2;
const MSG_QUERY_AWARENESS = 3;
const HP_STATELESS = 5;
const HP_CLOSE = 7;
const HP_SYNC_STATUS = 8;
// Hocuspocus's auth sub-messages.
const HP_AUTH_TOKEN = 0;
const HP_AUTH_DENIED = 1;

/** One client: a Y.Doc, its awareness and one WebSocket to one document. */
export class LoadClient {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  synced = false;
  private ws: WebSocket | null = null;
  private destroyed = false;
  private seq = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: TLoadClientOptions) {
    this.doc = new Y.Doc();
    // Before the awareness takes the id too.
    this.doc.clientID = CLIENT_ID_BASE + opts.index;
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.send(MSG_SYNC, (e) => syncProtocol.writeUpdate(e, update));
    });
    this.awareness.on(
      'update',
      ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        if (origin !== 'local') return;
        const changed = [...added, ...updated, ...removed];
        this.send(MSG_AWARENESS, (e) =>
          encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)),
        );
      },
    );
    if (opts.onLatency) {
      const onLatency = opts.onLatency;
      this.doc.on('afterTransaction', (tr: Y.Transaction) => {
        if (tr.local) return;
        const now = absNow();
        for (const [client, after] of tr.afterState) {
          const index = client - CLIENT_ID_BASE;
          if (index < 0 || index * SENT_RING >= opts.sentAt.length) continue;
          for (let n = Math.floor((tr.beforeState.get(client) ?? 0) / 2) + 1; n <= after / 2; n++) {
            const sentAt = opts.sentAt[index * SENT_RING + (n % SENT_RING)]!;
            if (sentAt > 0) onLatency(now - sentAt);
          }
        }
      });
    }
    this.connect();
  }

  /** The last edit's sequence number: the watcher and the verifier look for it. */
  get lastSeq(): number {
    return this.seq;
  }

  /**
   * One edit as a person types it: two characters at the end of their own answer (the oldest two
   * dropped past 40), and the cursor moved.
   */
  edit(): void {
    const seq = ++this.seq;
    const text = this.doc.getText(`answer:${this.opts.index}`);
    this.opts.sentAt[this.opts.index * SENT_RING + (seq % SENT_RING)] = absNow();
    this.doc.transact(() => {
      text.insert(text.length, 'ab');
      if (text.length > 40) text.delete(0, 2);
    });
    this.awareness.setLocalStateField('cursor', { anchor: text.length, head: text.length });
  }

  /** Closes for good, telling the others this client left (as the stock providers do). */
  destroy(): void {
    this.destroyed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
    this.awareness.destroy();
    this.ws?.close();
    this.doc.destroy();
  }

  private connect(): void {
    const { protocol, url, doc, cookie } = this.opts;
    const ws = new WebSocket(protocol === 'hocuspocus' ? url : `${url}/${doc}`, cookie ? { headers: { cookie } } : {});
    this.ws = ws;
    ws.on('open', () => this.onOpen());
    ws.on('message', (data: Buffer) => this.onMessage(data));
    let opened = false;
    ws.on('open', () => void (opened = true));
    // A refused upgrade (401, 403) is an error too: ws reports "Unexpected server response" and closes.
    ws.on('error', (err) => this.opts.onError('socket-error', err.message));
    ws.on('close', (code) => {
      this.synced = false;
      if (this.destroyed) return;
      // A socket that never opened was counted by its error already.
      if (opened) this.opts.onError('closed', `code ${code}`);
      this.reconnectTimer = setTimeout(() => this.connect(), 500 + Math.random() * 500);
    });
  }

  private onOpen(): void {
    if (this.opts.protocol === 'hocuspocus') {
      // No token: the Hocuspocus server runs without an onAuthenticate hook, so "" is accepted.
      this.send(MSG_AUTH, (e) => (encoding.writeVarUint(e, HP_AUTH_TOKEN), encoding.writeVarString(e, '')));
    }
    this.send(MSG_SYNC, (e) => syncProtocol.writeSyncStep1(e, this.doc));
    if (this.awareness.getLocalState() !== null) {
      this.send(MSG_AWARENESS, (e) =>
        encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID])),
      );
    }
  }

  /** A message of `type`, with the document name in front for Hocuspocus. */
  private frame(type: number, write: (e: encoding.Encoder) => void): Uint8Array {
    const e = encoding.createEncoder();
    if (this.opts.protocol === 'hocuspocus') encoding.writeVarString(e, this.opts.doc);
    encoding.writeVarUint(e, type);
    write(e);
    return encoding.toUint8Array(e);
  }

  private send(type: number, write: (e: encoding.Encoder) => void): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(this.frame(type, write));
  }

  private onMessage(data: Buffer): void {
    try {
      const d = decoding.createDecoder(data);
      if (this.opts.protocol === 'hocuspocus' && decoding.readVarString(d) !== this.opts.doc)
        throw new Error('message for another document');
      const type = decoding.readVarUint(d);
      switch (type) {
        case MSG_SYNC:
          return this.onSync(d);
        case MSG_AWARENESS: {
          const update = decoding.readVarUint8Array(d);
          if (this.opts.applyRemote) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, this);
          return;
        }
        case MSG_QUERY_AWARENESS:
          return this.send(MSG_AWARENESS, (e) =>
            encoding.writeVarUint8Array(
              e,
              awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]),
            ),
          );
        case MSG_AUTH:
          return this.onAuth(d);
      }
      if (this.opts.protocol === 'hocuspocus' && (type === HP_SYNC_STATUS || type === HP_STATELESS)) return;
      if (this.opts.protocol === 'hocuspocus' && type === HP_CLOSE)
        return this.opts.onError('closed', `server closed: ${decoding.readVarString(d)}`);
      throw new Error(`unknown message type ${type}`);
    } catch (err) {
      this.opts.onError('malformed', err instanceof Error ? err.message : String(err));
    }
  }

  private onSync(d: decoding.Decoder): void {
    if (!this.opts.applyRemote && decoding.peekVarUint(d) === syncProtocol.messageYjsUpdate) {
      decoding.readVarUint(d);
      decoding.readVarUint8Array(d);
      return;
    }
    const reply = encoding.createEncoder();
    if (this.opts.protocol === 'hocuspocus') encoding.writeVarString(reply, this.opts.doc);
    encoding.writeVarUint(reply, MSG_SYNC);
    const empty = encoding.length(reply);
    const kind = syncProtocol.readSyncMessage(d, reply, this.doc, this);
    if (kind === syncProtocol.messageYjsSyncStep2) this.synced = true;
    if (encoding.length(reply) > empty && this.ws?.readyState === WebSocket.OPEN)
      this.ws.send(encoding.toUint8Array(reply));
  }

  private onAuth(d: decoding.Decoder): void {
    if (this.opts.protocol === 'y-websocket') {
      // y-websocket's only auth message is a refusal.
      decoding.readVarUint(d);
      return this.opts.onError('refused', decoding.readVarString(d));
    }
    const sub = decoding.readVarUint(d);
    if (sub === HP_AUTH_DENIED) this.opts.onError('refused', decoding.readVarString(d));
    else if (sub === HP_AUTH_TOKEN)
      this.send(MSG_AUTH, (e) => (encoding.writeVarUint(e, HP_AUTH_TOKEN), encoding.writeVarString(e, '')));
    // Authenticated: nothing to do, sync step 1 was sent with the token and the server queued it.
  }
}
