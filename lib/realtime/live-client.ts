// The browser's client of the live room: a few kilobytes instead of socket.io-client's sixteen
// (compressed), which carries HTTP long-polling, WebTransport and transport upgrades we never use.
// The protocol is in ./live-connection.ts; this file is the socket.io-client-like API on top of it.
import { LiveConnection } from './live-connection';
import type { TMember, TWebSocketConstructor } from './live-protocol';
import { SOCKET_PATH } from './live-constants';

type TEventsMap = { [event: string]: (...args: never[]) => unknown };

/** The events every socket hears about its own connection, as in socket.io-client. */
export type TReservedEvents = {
  connect: () => void;
  disconnect: (reason: string) => void;
  connect_error: (error: Error) => void;
};

type TListenEvents<L extends TEventsMap> = L & TReservedEvents;
type TSplitAck<F> = F extends (...args: [...infer A, infer Ack]) => unknown
  ? Ack extends (result: infer R) => unknown
    ? { args: A; result: R }
    : never
  : never;
type TListener = (...args: never[]) => unknown;

/**
 * One user of the page's live connection, typed by the events it hears (`L`) and sends (`E`).
 * Inert once disconnected: a new one is made with `connectLive` instead.
 */
export class LiveSocket<L extends TEventsMap, E extends TEventsMap> implements TMember {
  private readonly listeners = new Map<string, TListener[]>();
  private announced = false;
  private spoke = false;
  private left = false;

  constructor(private readonly connection: LiveConnection) {}

  /** Connected, and this socket was told so by its `connect` event. */
  get connected(): boolean {
    return this.announced && this.connection.connected;
  }

  on<K extends keyof TListenEvents<L> & string>(event: K, listener: TListenEvents<L>[K]): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  off<K extends keyof TListenEvents<L> & string>(event: K, listener: TListenEvents<L>[K]): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  /** Sends `event`; a function as the last argument receives the server's acknowledgement. */
  emit<K extends keyof E & string>(event: K, ...args: Parameters<E[K]>): this {
    if (this.left) return this;
    const last: unknown = args[args.length - 1];
    this.spoke = true;
    if (typeof last === 'function') {
      this.connection.emit(this, event, args.slice(0, -1), last as (...a: unknown[]) => void);
    } else this.connection.emit(this, event, args);
    return this;
  }

  /** Sends `event` and resolves with the acknowledgement; rejects if the connection drops first. */
  emitWithAck<K extends keyof E & string>(
    event: K,
    ...args: TSplitAck<E[K]>['args']
  ): Promise<TSplitAck<E[K]>['result']> {
    return new Promise((resolve, reject) => {
      if (this.left) return reject(new Error('socket has been disconnected'));
      this.spoke = true;
      const settle = (error: Error | null, result: TSplitAck<E[K]>['result']) =>
        error ? reject(error) : resolve(result);
      this.connection.emit(this, event, args, settle as (...a: unknown[]) => void, true);
    });
  }

  /** Leaves the connection for good: no more events, no reconnection (socket.io-client's `disconnect()`). */
  disconnect(): this {
    if (this.left) return this;
    const wasConnected = this.connected;
    this.left = true;
    this.connection.leave(this, this.spoke);
    if (wasConnected) this.fire('disconnect', ['io client disconnect']);
    this.listeners.clear();
    return this;
  }

  /** Called by the connection for every event and change of state. */
  dispatch(event: string, args: unknown[]): void {
    if (this.left) return;
    if (event === 'connect') this.announced = true;
    if (event === 'disconnect') this.announced = false;
    this.fire(event, args);
  }

  /** A socket that joins a connection already up hears its `connect` too, once its listeners are on. */
  announce(): void {
    queueMicrotask(() => {
      if (this.connection.connected && !this.announced) this.dispatch('connect', []);
    });
  }

  private fire(event: string, args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
}

export type TLiveClientOptions = {
  /** The server's origin, e.g. `http://127.0.0.1:3000`; the page's own by default. */
  origin?: string;
  /** The WebSocket class: the browser's by default; `ws` in Node, which has none before Node 22. */
  WebSocket?: TWebSocketConstructor;
};

// The page's connections by WebSocket class and URL: in the browser, only ever one.
const connections = new Map<TWebSocketConstructor, Map<string, LiveConnection>>();

/** The Engine.IO URL of the live room at `origin`, WebSocket transport from the start. */
export function liveUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws')}${SOCKET_PATH}?EIO=4&transport=websocket`;
}

/**
 * A socket on the page's one live connection, opened by the first and closed by the last
 * socket to disconnect: every hook of a page shares one WebSocket.
 */
export function connectLive<L extends TEventsMap, E extends TEventsMap>(
  opts: TLiveClientOptions = {},
): LiveSocket<L, E> {
  const url = liveUrl(opts.origin ?? window.location.origin);
  const WebSocketImpl = opts.WebSocket ?? (window.WebSocket as TWebSocketConstructor);
  const byUrl = connections.get(WebSocketImpl) ?? new Map<string, LiveConnection>();
  connections.set(WebSocketImpl, byUrl);
  let connection = byUrl.get(url);
  if (!connection || connection.ended) {
    connection = new LiveConnection(url, WebSocketImpl);
    byUrl.set(url, connection);
  }
  const socket = new LiveSocket<L, E>(connection);
  connection.members.add(socket);
  socket.announce();
  return socket;
}
