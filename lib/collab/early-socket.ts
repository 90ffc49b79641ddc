// A page that edits a shared document waits, before anyone can type, for React to hydrate the
// page, then for its WebsocketProvider to open a socket (two round trips: TCP, then the upgrade) and
// sync (a third). On a slow link that is half a second or more after hydration. The socket is
// therefore opened while the page hydrates, when the component that will own the document first
// renders (`openEarly`), and handed to the provider when its effect creates it (`SyncSocket`, given
// to the provider as its WebSocket class). What arrives before the provider takes the socket waits
// in the socket and is delivered in order once it has set its handlers.

type TSocketEvent = 'open' | 'message' | 'close' | 'error';
type THandler = ((event: Event) => void) | null;

// A socket nobody claimed in this time was opened for a page that did not keep it (navigated away).
const UNCLAIMED_MS = 15_000;

/** The same event, to dispatch again: the fields of WebSocket events the provider and its watchers read. */
function copyOf(type: TSocketEvent, event: Event): Event {
  const { data, code, reason, wasClean } = event as Partial<MessageEvent<unknown> & CloseEvent>;
  const copy = new Event(type);
  Object.defineProperties(copy, {
    data: { value: data },
    code: { value: code },
    reason: { value: reason },
    wasClean: { value: wasClean },
  });
  return copy;
}

/**
 * A WebSocket opened before its owner exists: keeps its events until the owner has set its
 * handlers, then passes each on to the `on…` handler and to listeners added with addEventListener.
 */
class EarlySocket extends EventTarget {
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  onopen: THandler = null;
  onmessage: THandler = null;
  onclose: THandler = null;
  onerror: THandler = null;
  private readonly ws: WebSocket;
  private held: [TSocketEvent, Event][] | null = [];

  constructor(readonly url: string) {
    super();
    this.ws = new WebSocket(url);
    // Set before anything arrives: messages held now are read later as the provider expects them.
    this.ws.binaryType = 'arraybuffer';
    for (const type of ['open', 'message', 'close', 'error'] as const) {
      this.ws.addEventListener(type, (event) => this.deliver(type, event));
    }
  }

  get readyState(): number {
    return this.ws.readyState;
  }

  get binaryType(): BinaryType {
    return this.ws.binaryType;
  }

  set binaryType(type: BinaryType) {
    this.ws.binaryType = type;
  }

  send(data: Parameters<WebSocket['send']>[0]): void {
    this.ws.send(data);
  }

  close(code?: number, reason?: string): void {
    this.ws.close(code, reason);
  }

  /**
   * Called by the owner's constructor, which sets its handlers right after (synchronously): the
   * held events are delivered on the next microtask, before any later event (those are tasks).
   */
  claim(): this {
    queueMicrotask(() => {
      const held = this.held ?? [];
      this.held = null;
      for (const [type, event] of held) this.pass(type, event);
    });
    return this;
  }

  private deliver(type: TSocketEvent, event: Event): void {
    if (this.held) this.held.push([type, event]);
    else this.pass(type, event);
  }

  private pass(type: TSocketEvent, event: Event): void {
    const copy = copyOf(type, event);
    this.handlerOf(type)?.(copy);
    this.dispatchEvent(copy);
  }

  private handlerOf(type: TSocketEvent): THandler {
    return type === 'open'
      ? this.onopen
      : type === 'message'
        ? this.onmessage
        : type === 'close'
          ? this.onclose
          : this.onerror;
  }
}

const early = new Map<string, EarlySocket>();

/** Opens the socket to `url` now, unless one is already waiting; does nothing outside a browser. */
export function openEarly(url: string): void {
  if (typeof window === 'undefined' || early.has(url)) return;
  const socket = new EarlySocket(url);
  early.set(url, socket);
  setTimeout(() => {
    if (early.get(url) !== socket) return;
    early.delete(url);
    socket.close(1000);
  }, UNCLAIMED_MS);
}

/**
 * The WebSocket class for a WebsocketProvider: the socket `openEarly` opened to the same address
 * when it is still connecting or open, a new one otherwise (reconnections, other documents).
 */
export const SyncSocket = function SyncSocket(url: string, protocols?: string | string[]) {
  const waiting = early.get(url);
  early.delete(url);
  if (waiting && waiting.readyState <= waiting.OPEN) return waiting.claim();
  waiting?.close();
  return new WebSocket(url, protocols);
} as unknown as typeof WebSocket;
