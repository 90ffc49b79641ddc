// The wire of the live room as the browser's client speaks it: Socket.IO v5 over Engine.IO v4,
// WebSocket only, with socket.io-client 4.8's timings (live-connection.ts uses them).

/** The least a WebSocket must offer: the browser's, or `ws` in Node. */
export type TWebSocketLike = {
  send(data: string): void;
  close(): void;
  onopen: ((event: never) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
};
export type TWebSocketConstructor = new (url: string) => TWebSocketLike;

/** Why a connection ended, in socket.io-client's words. */
export type TDisconnectReason =
  | 'io server disconnect'
  | 'io client disconnect'
  | 'ping timeout'
  | 'transport close'
  | 'transport error'
  | 'parse error';

/** What a connection tells the sockets that share it. */
export type TMember = {
  dispatch(event: string, args: unknown[]): void;
};

// Engine.IO v4 packet types: the first character of each WebSocket frame.
export const ENGINE_OPEN = '0';
export const ENGINE_CLOSE = '1';
export const ENGINE_PING = '2';
export const ENGINE_PONG = '3';
export const ENGINE_MESSAGE = '4';
// Socket.IO v5 packet types: the first character of each Engine.IO message.
export const SIO_CONNECT = '0';
export const SIO_DISCONNECT = '1';
export const SIO_EVENT = '2';
export const SIO_ACK = '3';
export const SIO_CONNECT_ERROR = '4';

// socket.io-client's defaults.
const RECONNECTION_DELAY_MS = 1000;
const RECONNECTION_DELAY_MAX_MS = 5000;
const RANDOMIZATION_FACTOR = 0.5;
export const OPEN_TIMEOUT_MS = 20_000;

/** socket.io-client's backoff: doubling from 1 s, up to ±50 % at random, at most 5 s. */
export function reconnectionDelay(attempt: number, random = Math.random()): number {
  const ms = RECONNECTION_DELAY_MS * 2 ** attempt;
  const deviation = Math.floor(random * RANDOMIZATION_FACTOR * ms);
  const jittered = (Math.floor(random * 10) & 1) === 0 ? ms - deviation : ms + deviation;
  return Math.min(jittered, RECONNECTION_DELAY_MAX_MS) | 0;
}
