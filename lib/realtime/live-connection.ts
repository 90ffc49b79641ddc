// One Socket.IO connection (protocol v5 over Engine.IO v4), WebSocket transport only, namespace
// "/" only, text packets only: the subset the stock socket.io server speaks with our pages. It
// follows socket.io-client 4.8 wherever the app can tell the difference: the reconnection
// backoff, the heartbeat, emits buffered while disconnected, and what happens to pending acks.

import {
  ENGINE_OPEN,
  ENGINE_CLOSE,
  ENGINE_PING,
  ENGINE_PONG,
  ENGINE_MESSAGE,
  SIO_CONNECT,
  SIO_DISCONNECT,
  SIO_EVENT,
  SIO_ACK,
  SIO_CONNECT_ERROR,
  OPEN_TIMEOUT_MS,
  reconnectionDelay,
  type TDisconnectReason,
  type TMember,
  type TWebSocketConstructor,
  type TWebSocketLike,
} from './live-protocol';

type TAck = { member: TMember; fn: (...args: unknown[]) => void; withError: boolean };
type TOutgoing = { member: TMember; packet: string; ackId: number | null };

/**
 * A connection shared by the sockets of a page ("members"): it reconnects by itself until it is
 * closed, by the last member, by the server (DISCONNECT) or by a refusal (CONNECT_ERROR).
 */
export class LiveConnection {
  readonly members = new Set<TMember>();
  connected = false;
  /** Closed for good: a new socket needs a new connection. */
  ended = false;
  private ws: TWebSocketLike | null = null;
  private engineOpen = false;
  private attempts = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeatMs = 0;
  private pingDeadline = 0;
  private nextAckId = 0;
  private readonly acks = new Map<number, TAck>();
  private sendBuffer: TOutgoing[] = [];
  private readonly onOffline = () => this.drop('transport close');

  constructor(
    private readonly url: string,
    private readonly WebSocketImpl: TWebSocketConstructor,
  ) {
    // Like engine.io-client: the browser knows the network is gone before any heartbeat does.
    if (typeof window !== 'undefined' && window.location.hostname !== 'localhost') {
      window.addEventListener('offline', this.onOffline);
    }
    this.openSocket();
  }

  /** Sends EVENT `name` with `args`; `ack` is called with the server's answer. Buffered while disconnected. */
  emit(member: TMember, name: string, args: unknown[], ack?: TAck['fn'], withError = false): void {
    const ackId = ack ? this.nextAckId++ : null;
    if (ack && ackId !== null) this.acks.set(ackId, { member, fn: ack, withError });
    const packet = `${SIO_EVENT}${ackId ?? ''}${JSON.stringify([name, ...args])}`;
    if (this.connected && !this.pingExpired()) this.write(packet);
    else this.sendBuffer.push({ member, packet, ackId });
  }

  /**
   * A member leaves: what it buffered is dropped and its pending acks end as socket.io-client
   * ends them on disconnect. The last member closes the connection. A member that spoke to the
   * server may have joined rooms, which only end with the server-side socket: the others go on
   * with a new connection, as if each had had its own. (A CONNECT right after a DISCONNECT on the
   * same WebSocket would race the server, which handles the DISCONNECT a tick later and closes.)
   */
  leave(member: TMember, spoke: boolean): void {
    if (!this.members.delete(member)) return;
    this.sendBuffer = this.sendBuffer.filter((o) => o.member !== member);
    this.clearAcks((ack) => ack.member === member);
    if (this.members.size === 0) this.end('io client disconnect');
    else if (spoke && this.connected) {
      this.write(SIO_DISCONNECT);
      this.closeSocket();
      this.lose('io client disconnect');
      this.openSocket();
    }
  }

  private openSocket(): void {
    const ws = new this.WebSocketImpl(this.url);
    this.ws = ws;
    ws.onmessage = (event) => {
      if (typeof event.data === 'string') this.onFrame(event.data);
    };
    ws.onerror = () => (this.engineOpen ? this.drop('transport error') : this.failOpen());
    ws.onclose = () => (this.engineOpen ? this.drop('transport close') : this.failOpen());
    this.openTimer = setTimeout(() => this.failOpen(), OPEN_TIMEOUT_MS);
  }

  private onFrame(frame: string): void {
    const body = frame.slice(1);
    switch (frame[0]) {
      case ENGINE_OPEN: {
        const handshake = this.parse<{ pingInterval: number; pingTimeout: number }>(body);
        if (!handshake) return;
        this.engineOpen = true;
        this.attempts = 0;
        this.clearTimer('openTimer');
        this.heartbeat(handshake.pingInterval + handshake.pingTimeout);
        this.write(SIO_CONNECT);
        return;
      }
      case ENGINE_PING:
        this.ws?.send(ENGINE_PONG);
        this.heartbeat(this.heartbeatMs);
        return;
      case ENGINE_CLOSE:
        return this.drop('transport close');
      case ENGINE_MESSAGE:
        return this.onPacket(body);
    }
  }

  /** A ping is due within pingInterval + pingTimeout of the last, or the connection is dead. */
  private heartbeat(ms: number): void {
    this.heartbeatMs = ms;
    this.pingDeadline = Date.now() + ms;
    this.clearTimer('pingTimer');
    this.pingTimer = setTimeout(() => this.drop('ping timeout'), ms);
  }

  /** Timers of a sleeping tab run late: an overdue ping means the connection is dead already. */
  private pingExpired(): boolean {
    if (this.pingDeadline === 0) return true;
    if (Date.now() <= this.pingDeadline) return false;
    this.pingDeadline = 0;
    setTimeout(() => this.drop('ping timeout'), 0);
    return true;
  }

  private onPacket(packet: string): void {
    const type = packet[0];
    const [, digits = '', json = ''] = /^(\d*)([\s\S]*)$/.exec(packet.slice(1)) ?? [];
    // Another namespace's packets start with its name; this connection only uses "/".
    if (json.startsWith('/')) return;
    const id = digits === '' ? null : Number(digits);
    const data = json === '' ? undefined : this.parse<unknown>(json);
    if (json !== '' && data === undefined) return;
    switch (type) {
      case SIO_CONNECT:
        return this.onConnect();
      case SIO_DISCONNECT:
        return this.end('io server disconnect');
      case SIO_EVENT:
        // Only late packets of a socket that was just left arrive outside a connection.
        if (this.connected && Array.isArray(data) && typeof data[0] === 'string')
          this.dispatchAll(data[0], data.slice(1));
        return;
      case SIO_ACK:
        return this.onAck(id, Array.isArray(data) ? data : []);
      case SIO_CONNECT_ERROR: {
        const message = (data as { message?: unknown } | undefined)?.message;
        this.end(null);
        return this.dispatchAll('connect_error', [new Error(typeof message === 'string' ? message : 'refused')]);
      }
    }
  }

  private onConnect(): void {
    this.connected = true;
    // socket.io-client sends what was buffered before telling anyone it is connected.
    for (const { packet } of this.sendBuffer.splice(0)) this.write(packet);
    this.dispatchAll('connect', []);
  }

  private onAck(id: number | null, args: unknown[]): void {
    const ack = id === null ? undefined : this.acks.get(id);
    if (!ack || id === null) return;
    this.acks.delete(id);
    if (ack.withError) ack.fn(null, ...args);
    else ack.fn(...args);
  }

  private write(packet: string): void {
    this.ws?.send(`${ENGINE_MESSAGE}${packet}`);
  }

  private parse<T>(json: string): T | undefined {
    try {
      return JSON.parse(json) as T;
    } catch {
      this.drop('parse error');
      return undefined;
    }
  }

  /** The WebSocket failed before Engine.IO opened: try again later (socket.io-client's `connect_error`). */
  private failOpen(): void {
    this.closeSocket();
    this.dispatchAll('connect_error', [new Error('websocket error')]);
    this.scheduleReconnect();
  }

  /** The connection was lost: tell everyone, then reconnect from the first delay. */
  private drop(reason: TDisconnectReason): void {
    if (this.ended || !this.ws) return;
    const wasOpen = this.engineOpen;
    this.closeSocket();
    if (wasOpen) this.lose(reason);
    this.attempts = 0;
    this.scheduleReconnect();
  }

  /** The server-side socket is gone: members hear `disconnect`, and acks it will never answer end. */
  private lose(reason: TDisconnectReason): void {
    this.connected = false;
    this.dispatchAll('disconnect', [reason]);
    this.clearAcks(() => true);
  }

  /** Closes for good; `reason` null when the server refused the connection (nobody was connected). */
  private end(reason: TDisconnectReason | null): void {
    if (this.ended) return;
    this.ended = true;
    this.clearTimer('reconnectTimer');
    if (typeof window !== 'undefined') window.removeEventListener('offline', this.onOffline);
    if (reason === 'io client disconnect' && this.connected) this.write(SIO_DISCONNECT);
    const wasConnected = this.connected;
    this.closeSocket();
    if (reason && wasConnected) this.lose(reason);
  }

  /**
   * socket.io-client's rule: a sent packet's ack will never come, so an `emitWithAck` rejects and
   * a plain callback is forgotten; a buffered packet keeps its ack, to be answered after reconnecting.
   */
  private clearAcks(which: (ack: TAck) => boolean): void {
    const buffered = new Set(this.sendBuffer.map((o) => o.ackId));
    for (const [id, ack] of this.acks) {
      if (buffered.has(id) || !which(ack)) continue;
      this.acks.delete(id);
      if (ack.withError) ack.fn(new Error('socket has been disconnected'));
    }
  }

  private scheduleReconnect(): void {
    if (this.ended || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.ended) this.openSocket();
    }, reconnectionDelay(this.attempts++));
  }

  private closeSocket(): void {
    this.clearTimer('openTimer');
    this.clearTimer('pingTimer');
    const ws = this.ws;
    this.ws = null;
    this.engineOpen = false;
    this.connected = false;
    if (!ws) return;
    ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
    ws.close();
  }

  private clearTimer(name: 'openTimer' | 'pingTimer' | 'reconnectTimer'): void {
    const timer = this[name];
    if (timer) clearTimeout(timer);
    this[name] = null;
  }

  private dispatchAll(event: string, args: unknown[]): void {
    for (const member of [...this.members]) member.dispatch(event, args);
  }
}
