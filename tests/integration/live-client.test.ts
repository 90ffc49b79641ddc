// The browser's own live client (lib/realtime/live-client.ts) against the real socket.io server as
// the app creates it, over `ws` WebSockets carrying real next-auth session cookies.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { assessmentRoom, type TClientEvents, type TServerEvents } from '@/lib/realtime/events';
import { type LiveSocket, connectLive } from '@/lib/realtime/live-client';
import type { TWebSocketConstructor, TWebSocketLike } from '@/lib/realtime/live-protocol';
import type { TLiveServer } from '@/server/live';
import { startLiveServer } from './helpers/live-harness';
import {
  type TTestDb,
  type TTestUser,
  addMember,
  createAssessment,
  createTestDb,
  createUser,
  waitFor,
} from './helpers/yjs-harness';

type TClient = LiveSocket<TServerEvents, TClientEvents>;
const quiet = { info: () => undefined, warn: () => undefined };
// Past socket.io-client's longest first reconnection delay (1 s + 50 %).
const RECONNECT_WINDOW_MS = 1700;

/** The WebSockets a page of `user` opened, each of which can go silent like a dead link (no frames, no close). */
function browserOf(user: TTestUser | null) {
  const sockets: (TWebSocketLike & { mute: () => void; url: string })[] = [];
  class CookieWebSocket implements TWebSocketLike {
    onopen: TWebSocketLike['onopen'] = null;
    onmessage: TWebSocketLike['onmessage'] = null;
    onclose: TWebSocketLike['onclose'] = null;
    onerror: TWebSocketLike['onerror'] = null;
    private readonly ws: WebSocket;
    private muted = false;

    constructor(readonly url: string) {
      this.ws = new WebSocket(url, { headers: user ? { cookie: user.cookie } : {} });
      this.ws.onmessage = (event) => {
        if (!this.muted) this.onmessage?.({ data: event.data });
      };
      this.ws.onclose = () => {
        if (!this.muted) this.onclose?.(undefined as never);
      };
      this.ws.onerror = () => {
        if (!this.muted) this.onerror?.(undefined as never);
      };
      sockets.push(this);
    }

    send(data: string) {
      this.ws.send(data);
    }

    close() {
      this.ws.close();
    }

    mute() {
      this.muted = true;
    }
  }
  return { WebSocket: CookieWebSocket satisfies TWebSocketConstructor, sockets };
}

/** The events a client heard, in order, reserved ones included. */
function record(socket: TClient) {
  const heard: string[] = [];
  socket.on('connect', () => heard.push('connect'));
  socket.on('disconnect', (reason) => heard.push(`disconnect:${reason}`));
  socket.on('connect_error', (error) => heard.push(`connect_error:${error.message}`));
  socket.on('hands:update', (hands) => heard.push(`hands:${hands.length}`));
  return heard;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('live client against the socket.io server', () => {
  let t: TTestDb;
  let io: TLiveServer;
  let origin = '';
  let close: () => Promise<void>;
  let assessmentId = '';
  const u = {} as Record<'ef' | 'ana', TTestUser>;
  const clients: TClient[] = [];

  beforeAll(async () => {
    t = await createTestDb('sqlite');
    u.ef = await createUser(t.db, 'ef');
    u.ana = await createUser(t.db, 'ana');
    assessmentId = await createAssessment(t.db, u.ef);
    await addMember(t.db, assessmentId, u.ef, 'EF');
    await addMember(t.db, assessmentId, u.ana, 'IC');
    ({ io, url: origin, close } = await startLiveServer(t.db, quiet));
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.disconnect();
  });

  afterAll(async () => {
    await close?.();
    await t?.close();
  });

  function open(browser: ReturnType<typeof browserOf>): { socket: TClient; heard: string[] } {
    const socket: TClient = connectLive({ origin, WebSocket: browser.WebSocket });
    clients.push(socket);
    return { socket, heard: record(socket) };
  }

  async function connected(socket: TClient) {
    await waitFor(() => socket.connected, 'connect');
  }

  const join = (socket: TClient) => socket.emitWithAck('assessment:join', { assessmentId });
  const serverSockets = () => [...io.sockets.sockets.values()];

  it('connects with the session cookie, joins, and carries events and acks both ways', async () => {
    const ef = open(browserOf(u.ef));
    const ana = open(browserOf(u.ana));
    await Promise.all([connected(ef.socket), connected(ana.socket)]);

    const joined = await join(ef.socket);
    expect(joined.ok && joined.snapshot.me.id).toBe(u.ef.id);
    await join(ana.socket);
    const acked = await new Promise<unknown>((resolve) => ana.socket.emit('hand:raise', {}, resolve));
    expect(acked).toEqual({ ok: true });
    await waitFor(() => ef.heard.includes('hands:1'), 'the raised hand at the facilitator');
    expect(ef.heard[0]).toBe('connect');
  });

  it('is refused without a session, and does not try again', async () => {
    const browser = browserOf(null);
    const anon = open(browser);
    await waitFor(() => anon.heard.length > 0, 'the refusal');
    expect(anon.heard).toEqual(['connect_error:unauthorised']);
    await sleep(RECONNECT_WINDOW_MS);
    expect(browser.sockets).toHaveLength(1);
  });

  it('reconnects after the server drops the connection, and hears connect again', async () => {
    const browser = browserOf(u.ef);
    const ef = open(browser);
    await connected(ef.socket);
    for (const s of serverSockets()) s.conn.close();
    await waitFor(() => ef.heard.filter((e) => e === 'connect').length === 2, 'the second connect');
    expect(ef.heard).toEqual(['connect', 'disconnect:transport close', 'connect']);
    expect(browser.sockets).toHaveLength(2);
    expect((await join(ef.socket)).ok).toBe(true);
  });

  it('stays disconnected after the server disconnects it', async () => {
    const browser = browserOf(u.ef);
    const ef = open(browser);
    await connected(ef.socket);
    for (const s of serverSockets()) s.disconnect(true);
    await waitFor(() => !ef.socket.connected, 'the disconnect');
    await sleep(RECONNECT_WINDOW_MS);
    expect(ef.heard).toEqual(['connect', 'disconnect:io server disconnect']);
    expect(browser.sockets).toHaveLength(1);
  });

  it('stays disconnected after disconnect(), and the server sees it go', async () => {
    const browser = browserOf(u.ef);
    const ef = open(browser);
    await connected(ef.socket);
    ef.socket.disconnect();
    expect(ef.socket.connected).toBe(false);
    await waitFor(() => io.engine.clientsCount === 0, 'the server to see the connection close');
    await sleep(RECONNECT_WINDOW_MS);
    expect(ef.heard).toEqual(['connect', 'disconnect:io client disconnect']);
    expect(browser.sockets).toHaveLength(1);
  });

  it('drops a connection that hears no ping in pingInterval + pingTimeout, and reconnects', async () => {
    const { pingInterval, pingTimeout } = io.engine.opts;
    Object.assign(io.engine.opts, { pingInterval: 150, pingTimeout: 150 });
    try {
      const browser = browserOf(u.ef);
      const ef = open(browser);
      await connected(ef.socket);
      browser.sockets[0]?.mute();
      await waitFor(() => ef.heard.includes('disconnect:ping timeout'), 'the ping timeout', 2000);
      await waitFor(() => ef.heard.at(-1) === 'connect', 'the reconnection');
      expect(browser.sockets).toHaveLength(2);
    } finally {
      Object.assign(io.engine.opts, { pingInterval, pingTimeout });
    }
  });

  it('buffers what is sent while disconnected and sends it once connected again', async () => {
    const ef = open(browserOf(u.ef));
    await connected(ef.socket);
    for (const s of serverSockets()) s.conn.close();
    await waitFor(() => !ef.socket.connected, 'the disconnect');
    const answer = join(ef.socket);
    expect((await answer).ok).toBe(true);
    expect(ef.heard).toEqual(['connect', 'disconnect:transport close', 'connect']);
  });

  it('rejects emitWithAck and forgets callbacks whose answer the dropped connection lost', async () => {
    const ef = open(browserOf(u.ef));
    await connected(ef.socket);
    let called = false;
    ef.socket.emit('hand:raise', {}, () => (called = true));
    const answer = join(ef.socket);
    for (const s of serverSockets()) s.conn.close();
    await expect(answer).rejects.toThrow('socket has been disconnected');
    await connected(ef.socket);
    expect(called).toBe(false);
  });

  it('shares one WebSocket among the sockets of a page, and leaves the room with the socket that joined', async () => {
    const browser = browserOf(u.ef);
    const room = open(browser);
    const bell = open(browser);
    await Promise.all([connected(room.socket), connected(bell.socket)]);
    expect(browser.sockets).toHaveLength(1);
    expect(io.engine.clientsCount).toBe(1);

    await join(room.socket);
    const ana = open(browserOf(u.ana));
    await connected(ana.socket);
    await join(ana.socket);
    await ana.socket.emitWithAck('hand:raise', {});
    await waitFor(() => bell.heard.includes('hands:1'), 'the room event at the other socket');

    room.socket.disconnect();
    await waitFor(() => bell.heard.at(-1) === 'connect', 'the other socket on a fresh server-side socket');
    expect(bell.heard.slice(-2)).toEqual(['disconnect:io client disconnect', 'connect']);
    expect(bell.socket.connected).toBe(true);
    expect(await io.in(assessmentRoom(assessmentId)).fetchSockets()).toHaveLength(1);
    await waitFor(() => io.engine.clientsCount === 2, 'one connection of the page, besides the other member');

    bell.socket.disconnect();
    await waitFor(() => io.engine.clientsCount === 1, 'the shared connection to close with its last socket');
  });
});
