import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

// How many local changes the server has not yet acknowledged.
//
// The y-websocket protocol has no acknowledgement, but it has an ordered round trip: the server
// handles one connection's messages strictly in order and answers every sync step 1 with exactly
// one sync step 2 (it never sends step 2 unasked). So when we send a step 1 "probe" after some
// updates, the step 2 that answers it proves the server has applied every update sent before the
// probe. We number local transactions (`localSeq`), remember for each probe in flight the number
// it covers, and on each step 2 advance `ackedSeq` to the oldest probe's number. Unsynced changes
// are `localSeq - ackedSeq`.
//
// Offline edits travel differently: the server opens a writer's connection with its own step 1
// and the provider answers it, within the same message handler, with a step 2 holding everything
// the server lacks. A probe sent after that answer covers those edits too. Only the server's
// step 1 also tells us the connection may write: a read-only connection never gets one, its
// updates are dropped, so there a step 2 acknowledges nothing and the count honestly stays.

const MESSAGE_SYNC = 0;
const PROBE_DELAY_MS = 300;

/** Counts local Yjs transactions not yet acknowledged by the sync server; see the comment above. */
export class UnsyncedChanges {
  private localSeq = 0;
  private ackedSeq = 0;
  /** `localSeq` covered by each step 1 in flight on the current socket, oldest first. */
  private probes: number[] = [];
  private socket: WebSocket | null = null;
  private writer = false;
  private probeTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly ignoredOrigins = new Set<unknown>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    private readonly onChange: (count: number) => void,
  ) {
    doc.on('update', this.onUpdate);
    provider.on('status', this.onStatus);
  }

  /** The number of local changes the server has not yet confirmed. */
  get count(): number {
    return this.localSeq - this.ackedSeq;
  }

  /**
   * Counts changes that were not typed in this page but that the server may still lack: those a
   * copy kept in the browser brought back (offline-doc.ts). The next probe covers them too.
   */
  addPending(n: number): void {
    if (n <= 0) return;
    this.localSeq += n;
    this.onChange(this.count);
    this.scheduleProbe(PROBE_DELAY_MS);
  }

  /** Updates applied with `origin` (a copy loading from the browser) are not typing; see addPending. */
  ignoreOrigin(origin: unknown): void {
    this.ignoredOrigins.add(origin);
  }

  /** Stops listening; the doc and provider stay the caller's. */
  destroy(): void {
    this.doc.off('update', this.onUpdate);
    this.provider.off('status', this.onStatus);
    this.detach();
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    // Whatever came from the provider is the server's already.
    if (origin === this.provider || this.ignoredOrigins.has(origin)) return;
    this.localSeq += 1;
    this.onChange(this.count);
    this.scheduleProbe(PROBE_DELAY_MS);
  };

  private readonly onStatus = ({ status }: { status: string }): void => {
    this.detach();
    if (status !== 'connected' || !this.provider.ws) return;
    // Emitted just before the provider sends its own step 1 on this new socket; its answer
    // covers nothing of ours, since nothing was sent on this socket before it.
    this.socket = this.provider.ws;
    this.probes = [this.ackedSeq];
    this.socket.addEventListener('message', this.onMessage);
  };

  private readonly onMessage = (event: MessageEvent): void => {
    if (!(event.data instanceof ArrayBuffer)) return;
    const bytes = new Uint8Array(event.data);
    // Message and sync types are varUints below 128, so each is one byte.
    if (bytes[0] !== MESSAGE_SYNC) return;
    if (bytes[1] === syncProtocol.messageYjsSyncStep1) {
      this.writer = true;
      // A timeout rather than a microtask: it runs after the provider's own handler has sent
      // its step 2 answer, whichever listener the browser calls first.
      this.scheduleProbe(0);
    } else if (bytes[1] === syncProtocol.messageYjsSyncStep2) {
      const covered = this.probes.shift();
      if (covered === undefined || !this.writer || covered <= this.ackedSeq) return;
      this.ackedSeq = covered;
      this.onChange(this.count);
    }
  };

  private scheduleProbe(delay: number): void {
    if (this.probeTimer !== null || !this.socket) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      this.probe();
    }, delay);
  }

  private probe(): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN || !this.writer) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.probes.push(this.localSeq);
    socket.send(encoding.toUint8Array(encoder));
  }

  private detach(): void {
    if (this.probeTimer !== null) clearTimeout(this.probeTimer);
    this.probeTimer = null;
    this.socket?.removeEventListener('message', this.onMessage);
    this.socket = null;
    this.writer = false;
    this.probes = [];
  }
}
