// Raw and stock y-websocket connections to the real app's /yjs, signed in with a session cookie
// and sending the app's Origin as a browser would, and the hand-made frames the attacks send.
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { TAppProcess } from '../../integration/helpers/app-process';

// Every WebsocketProvider in Node adds a process 'exit' listener.
process.setMaxListeners(0);

const wsUrl = (app: TAppProcess) => `${app.url.replace(/^http/, 'ws')}/yjs`;

/** A `ws` class sending the cookie and the app's Origin, for WebsocketProvider's WebSocketPolyfill. */
function browserLikeWebSocket(app: TAppProcess, cookie: string): typeof globalThis.WebSocket {
  class BrowserLike extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin: app.url } });
    }
  }
  return BrowserLike as unknown as typeof globalThis.WebSocket;
}

export type TStockClient = { doc: Y.Doc; provider: WebsocketProvider; closes: number[]; destroy: () => void };

/** The stock y-websocket client, as the editor runs it, signed in with `cookie`. */
export function stockClient(app: TAppProcess, cookie: string, docName: string): TStockClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl(app), docName, doc, {
    WebSocketPolyfill: browserLikeWebSocket(app, cookie),
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  return { doc, provider, closes, destroy: () => (provider.destroy(), doc.destroy()) };
}

export type TRawSocket = WebSocket & { closeCode: Promise<number> };

/** A raw socket to `docName`, for hand-made frames; resolves once open, or with the refusal's HTTP status. */
export function rawSocket(
  app: TAppProcess,
  cookie: string,
  docName: string,
): Promise<TRawSocket | { refused: number }> {
  const ws = new WebSocket(`${wsUrl(app)}/${docName}`, { headers: { cookie, origin: app.url } });
  const closeCode = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  ws.on('error', () => undefined);
  return new Promise((resolve) => {
    ws.once('open', () => resolve(Object.assign(ws, { closeCode })));
    ws.once('unexpected-response', (_req, res) => resolve({ refused: res.statusCode ?? 0 }));
  });
}

/** A raw socket that must open. */
export async function openRawSocket(app: TAppProcess, cookie: string, docName: string): Promise<TRawSocket> {
  const ws = await rawSocket(app, cookie, docName);
  if ('refused' in ws) throw new Error(`upgrade refused with HTTP ${ws.refused}`);
  return ws;
}

/** Polls `check` until it holds; fails naming `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Bytes written by `write`. */
export const frame = (write: (e: encoding.Encoder) => void): Uint8Array => {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
};

/** A sync frame (0 step 1, 1 step 2, 2 update) around `payload`. */
export const syncFrame = (kind: 0 | 1 | 2, payload: Uint8Array): Uint8Array =>
  frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, kind), encoding.writeVarUint8Array(e, payload)));

/** An awareness frame setting `state` (any string, JSON or not) for `clientId`. */
export const awarenessFrame = (clientId: number, clock: number, state: string): Uint8Array =>
  frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(
      e,
      frame(
        (a) => (
          encoding.writeVarUint(a, 1),
          encoding.writeVarUint(a, clientId),
          encoding.writeVarUint(a, clock),
          encoding.writeVarString(a, state)
        ),
      ),
    );
  });

/** Updates of a client the server has never heard of, from the second on: each lacks the first. */
export function orphanUpdates(count: number, bytes: number, fragment: string): Uint8Array[] {
  const ghost = new Y.Doc();
  const updates: Uint8Array[] = [];
  ghost.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i <= count; i++) ghost.getText(fragment).insert(0, `${i}`.padEnd(bytes, 'x'));
  return updates.slice(1);
}

/** The code `ws` was closed with, or 0 when it is still open after `ms`. */
export const closedWithin = (ws: TRawSocket, ms: number): Promise<number> =>
  Promise.race([ws.closeCode, new Promise<number>((resolve) => setTimeout(() => resolve(0), ms))]);
