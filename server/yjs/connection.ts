import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import { CloseCode, type TCloseCode, closeReason } from '../../lib/collab/close-codes';
import { applyOwnAwareness } from './awareness-guard';
import { corkForThisTurn } from './cork';
import { MessageRates, type TYjsLimits } from './limits';
import type { TYjsLogger } from './logger';
import { MessageType, decodeClientMessage, encodeAwareness, encodeSyncStep1 } from './protocol';
import type { SharedDoc, TDocConnection } from './shared-doc';
import { missingDependencies } from './update-deps';
import { validateStateVector } from './validate-update';
import { WaitingUpdates } from './waiting-updates';

// An update with no structs and no deletions: what a read-only client answers to sync step 2
// when it has nothing of its own. Dropping it is not worth a log line.
const isEmptyUpdate = (u: Uint8Array): boolean => u.length === 2 && u[0] === 0 && u[1] === 0;

const toBytes = (data: RawData): Uint8Array =>
  Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;

/** What every connection of one sync server shares. */
export type TConnectionHub = {
  limits: TYjsLimits;
  logger: TYjsLogger;
  /** Called once, when the connection's socket has closed. */
  closed: (conn: DocConnection, code: number) => void;
};

/** Closes a connection with a named code. */
export function closeWith(conn: DocConnection, code: TCloseCode): void {
  if (conn.ws.readyState === conn.ws.OPEN || conn.ws.readyState === conn.ws.CONNECTING)
    conn.ws.close(code, closeReason(code));
}

// The socket listeners are shared by every connection and find theirs by socket: an idle
// connection then holds its state in one object, without a set of closures of its own.
const bySocket = new WeakMap<WebSocket, DocConnection>();
function onMessage(this: WebSocket, data: RawData): void {
  bySocket.get(this)?.receive(data);
}
function onError(this: WebSocket, err: Error & { code?: string }): void {
  const conn = bySocket.get(this);
  // ws closes an over-long frame itself, with 1009; we only say so.
  conn?.hub.logger.warn('connection-error', {
    doc: conn.shared.name,
    user: conn.userId,
    conn: conn.id,
    error: err.code ?? err.message,
  });
}
function onPong(this: WebSocket): void {
  const conn = bySocket.get(this);
  if (conn) conn.alive = true;
}
function onClose(this: WebSocket, code: number): void {
  const conn = bySocket.get(this);
  if (!conn) return;
  bySocket.delete(this);
  conn.hub.closed(conn, code);
}

/**
 * One connection to one document, running the y-websocket protocol: answers sync step 1,
 * applies a writer's updates (after validating them within their own bytes and checking that the
 * document has what they depend on; an update that lacks it waits with this connection), drops a reader's
 * updates with one log line, relays awareness, and closes only this connection on anything hostile.
 */
export class DocConnection implements TDocConnection {
  /** This connection's id in the log (`conn`), to follow one connection through it. */
  readonly id = randomBytes(6).toString('base64url');
  readonly awarenessIds = new Set<number>();
  /** Whether it answered the last heartbeat ping. */
  alive = true;
  private readonly rates: MessageRates;
  // One log line per read-only connection, however many updates it sends.
  private droppedUpdates = 0;
  // The answer to a sync step 1 is a client's only acknowledgement (it is what makes its "all
  // saved" true), so when this connection has applied updates since, the log is written first:
  // a crash after it loses nothing the client believes saved, and what a crash loses before it the
  // client still holds and resends on reconnect. Updates themselves keep the batched log (a write
  // per update would cost the event loop), and relaying is never held up. A write the database
  // refused stays queued in memory; the client is told to reconnect and resend.
  private unacknowledged = false;
  // Answers waiting behind a write, chained so that they keep their order; null when none waits.
  private acknowledging: Promise<void> | null = null;
  // Updates that wait for changes this client has yet to send (waiting-updates.ts), created on the
  // first; and the sync step 1s that arrived meanwhile, answered only once they are applied, since
  // an answer tells the client that everything it sent before is saved.
  private waiting: WaitingUpdates | null = null;
  private unanswered: Uint8Array[] = [];

  constructor(
    readonly ws: WebSocket,
    private readonly socket: Duplex,
    readonly shared: SharedDoc,
    readonly hub: TConnectionHub,
    readonly userId: string,
    readonly userName: string,
    readonly assessmentId: string,
    readonly access: 'write' | 'read',
  ) {
    this.rates = new MessageRates(hub.limits);
  }

  /** Starts listening and greets the client: sync step 1 (to a writer) and who is here. */
  start(): void {
    const { ws, shared } = this;
    bySocket.set(ws, this);
    ws.on('message', onMessage);
    ws.on('error', onError);
    ws.on('pong', onPong);
    ws.on('close', onClose);
    // Ask a writer for what it has that we lack (offline edits); a reader's answer would be dropped.
    if (this.access === 'write') this.send(encodeSyncStep1(shared.doc));
    const states = shared.awareness.getStates();
    if (states.size > 0) this.sendAwareness(encodeAwareness(shared.awareness, [...states.keys()]));
  }

  /** Sends a message while the connection is open, in this turn's single write to its socket. */
  send(message: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    corkForThisTurn(this.socket);
    this.ws.send(message);
  }

  /**
   * Sends others' presence. The stock client echoes every awareness change it receives, so each
   * such message earns it one awareness message that does not count against its own rate: else
   * one member flooding presence (within their limit) would get everyone else's echoes refused.
   */
  sendAwareness(message: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.rates.relayed();
    this.send(message);
  }

  /** Handles one message from the client. */
  receive(data: RawData): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    const buf = toBytes(data);
    // The first byte is the message type for every type we know (all below 128).
    if (!this.rates.take(buf[0] === MessageType.awareness)) return this.refuse(CloseCode.rateLimited, 'message rate');
    try {
      if (this.handle(buf)) this.unacknowledged = true;
    } catch (err) {
      this.refuse(CloseCode.malformed, err instanceof Error ? err.message : String(err));
    }
  }

  private refuse(code: TCloseCode, detail: string): void {
    this.hub.logger.warn('connection-refused-message', {
      doc: this.shared.name,
      user: this.userId,
      conn: this.id,
      code,
      reason: closeReason(code),
      detail,
    });
    closeWith(this, code);
  }

  // Returns whether an update was applied, so that the next sync step 1 waits for it to be written.
  private handle(buf: Uint8Array): boolean {
    const { shared } = this;
    const msg = decodeClientMessage(buf);
    switch (msg.type) {
      case 'sync-step1':
        validateStateVector(msg.stateVector);
        if (this.waiting?.size) this.deferStep1(msg.stateVector);
        else this.answerStep1(msg.stateVector);
        return false;
      case 'sync-update': {
        if (this.access === 'read') {
          if (!isEmptyUpdate(msg.update) && this.droppedUpdates++ === 0)
            this.hub.logger.info('read-only-update-dropped', { doc: shared.name, user: this.userId, conn: this.id });
          return false;
        }
        // What the shared document lacks must not wait inside it, where it would hold up and
        // burden everyone (and be persisted): it waits here, with this connection.
        const missing = missingDependencies(msg.update, shared.doc);
        if (missing) {
          const limits = this.hub.limits;
          this.waiting ??= new WaitingUpdates(limits.maxWaitingUpdates, limits.maxWaitingBytes);
          if (!this.waiting.add(msg.update, missing))
            this.refuse(CloseCode.missingDependencies, 'too many updates waiting for dependencies');
          return false;
        }
        shared.applyClientUpdate(msg.update, this);
        if (this.waiting?.size) this.applyWaiting();
        return true;
      }
      case 'awareness':
        // Readers' awareness is relayed too: an observer or senior manager should be seen to be
        // present. It carries only presence (name, colour, cursor), never document content.
        applyOwnAwareness(shared, this, msg.update, buf, this.hub.limits.maxAwarenessClientsPerConnection);
        return false;
      case 'query-awareness':
        this.sendAwareness(encodeAwareness(shared.awareness, [...shared.awareness.getStates().keys()]));
        return false;
    }
  }

  // Applies the waiting updates that what this connection just sent completes, then answers the
  // sync step 1s held back for them once none is left.
  private applyWaiting(): void {
    const waiting = this.waiting!;
    for (let ready = waiting.takeReady(this.shared.doc); ready.length > 0; ready = waiting.takeReady(this.shared.doc)) {
      for (const update of ready) this.shared.applyClientUpdate(update, this);
    }
    if (waiting.size > 0 || this.unanswered.length === 0) return;
    const unanswered = this.unanswered;
    this.unanswered = [];
    this.unacknowledged = true;
    for (const sv of unanswered) this.answerStep1(sv);
  }

  private deferStep1(stateVector: Uint8Array): void {
    // Bounded like the updates themselves: a client probes a few times a second at most.
    if (this.unanswered.length >= this.hub.limits.maxWaitingUpdates)
      return this.refuse(CloseCode.missingDependencies, 'too many sync step 1s waiting');
    this.unanswered.push(stateVector);
  }

  // Sync step 2 at once when nothing of this connection's is unwritten and no answer waits;
  // otherwise after the write, in order behind the answers already waiting.
  private answerStep1(stateVector: Uint8Array): void {
    const mustWrite = this.unacknowledged;
    this.unacknowledged = false;
    if (!mustWrite && this.acknowledging === null) return this.send(this.shared.syncStep2(stateVector));
    let chain = this.acknowledging ?? Promise.resolve();
    if (mustWrite)
      chain = chain
        .then(() => this.shared.flush())
        .catch(() => this.refuse(CloseCode.internalError, 'persistence failed'));
    chain = chain.then(() => this.send(this.shared.syncStep2(stateVector)));
    this.acknowledging = chain;
    void chain.then(() => {
      if (this.acknowledging === chain) this.acknowledging = null;
    });
  }
}
