// An expired session or a removed member loses their live connections at once: the sync
// server closes with 'unauthorised' when the session's JWT `exp` passes, the live room
// disconnects; removing a member closes their sync connections ('access changed') and
// disconnects their live sockets from the assessment. Real servers on port 0, real cookies.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encode } from 'next-auth/jwt';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '@/lib/collab/close-codes';
import { SOCKET_PATH, type TClientEvents, type TJoinAck, type TServerEvents } from '@/lib/realtime/events';
import { changeRole, removeMember } from '@/lib/services/accounts/members';
import { createLiveServer, type TLiveServer } from '@/server/live';
import { createUpgradeRouter } from '@/server/upgrade-router';
import { type TYjsServer, createYjsServer } from '@/server/yjs/server';
import {
  TEST_SECRET,
  type TTestDb,
  type TTestUser,
  addMember,
  createAssessment,
  createTestDb,
  createUser,
  rawSocket,
  waitFor,
} from './helpers/yjs-harness';

type TClient = Socket<TServerEvents, TClientEvents>;
const quiet = { info: () => undefined, warn: () => undefined };

describe('live connections end with the session or the membership', () => {
  let t: TTestDb;
  let io: TLiveServer;
  let yjs: TYjsServer;
  let httpUrl = '';
  let wsUrl = '';
  let close: () => Promise<void>;
  let assessmentId = '';
  let ef: TTestUser;
  const sockets: TClient[] = [];

  beforeAll(async () => {
    t = await createTestDb('sqlite');
    ef = await createUser(t.db, 'ef');
    assessmentId = await createAssessment(t.db, ef);
    await addMember(t.db, assessmentId, ef, 'EF');
    const server = createServer((_req, res) => res.writeHead(404).end());
    yjs = createYjsServer({ db: t.db, logger: quiet });
    io = createLiveServer(server, t.db, { logger: quiet });
    server.on(
      'upgrade',
      createUpgradeRouter([
        ['/yjs/', yjs.handleUpgrade],
        ['/socket.io/', () => undefined],
      ]),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    httpUrl = `http://127.0.0.1:${port}`;
    wsUrl = `ws://127.0.0.1:${port}/yjs`;
    close = async () => {
      for (const s of sockets) s.disconnect();
      await yjs.close();
      await io.close();
      server.closeAllConnections();
    };
  });

  afterAll(async () => {
    await close?.();
    await t?.close();
  });

  /** A member whose session cookie expires after `seconds` (next-auth's own encode sets `exp`). */
  async function memberWithSession(label: string, seconds: number): Promise<TTestUser> {
    const user = await createUser(t.db, label);
    await addMember(t.db, assessmentId, user, 'IC');
    const jwt = await encode({
      token: { sub: user.id, sv: 1, name: label },
      secret: process.env.NEXTAUTH_SECRET ?? TEST_SECRET,
      maxAge: seconds,
    });
    return { id: user.id, cookie: `next-auth.session-token=${jwt}` };
  }

  /** A socket.io client of `user` joined to the assessment; resolves with the reason it is disconnected. */
  async function joinedSocket(user: TTestUser): Promise<{ socket: TClient; disconnected: Promise<string> }> {
    const socket: TClient = connect(httpUrl, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      extraHeaders: { Cookie: user.cookie },
      forceNew: true,
      reconnection: false,
    });
    sockets.push(socket);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    await new Promise<void>(
      (resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)),
    );
    const ack = await new Promise<TJoinAck>((resolve) => socket.emit('assessment:join', { assessmentId }, resolve));
    expect(ack.ok).toBe(true);
    return { socket, disconnected };
  }

  it('closes a sync connection with unauthorised, and disconnects a live socket, when the session expires', async () => {
    const user = await memberWithSession('expiring', 2);
    const ws = await rawSocket(wsUrl, `assessment.${assessmentId}.plan`, user);
    const live = await joinedSocket(user);
    const started = Date.now();
    expect(await ws.closeCode).toBe(CloseCode.unauthorised);
    expect(await live.disconnected).toBe('io server disconnect');
    // Not before the session's end (exp has whole-second precision), nor long after it.
    expect(Date.now() - started).toBeLessThan(3_500);
  });

  it('leaves a connection with a long session open', async () => {
    const user = await memberWithSession('lasting', 3600);
    const ws = await rawSocket(wsUrl, `assessment.${assessmentId}.plan`, user);
    const live = await joinedSocket(user);
    await new Promise((r) => setTimeout(r, 300));
    expect(ws.readyState).toBe(ws.OPEN);
    expect(live.socket.connected).toBe(true);
    ws.close();
  });

  it('disconnects a removed member’s sync and live connections at once', async () => {
    const user = await memberWithSession('removed', 3600);
    const ws = await rawSocket(wsUrl, `assessment.${assessmentId}.plan`, user);
    const live = await joinedSocket(user);
    await removeMember(t.db, assessmentId, { assessmentId, userId: ef.id, role: 'EF' }, user.id);
    expect(await ws.closeCode).toBe(CloseCode.accessChanged);
    expect(await live.disconnected).toBe('io server disconnect');
    // Rejoining is refused: the membership is gone.
    const again: TClient = connect(httpUrl, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      extraHeaders: { Cookie: user.cookie },
      forceNew: true,
      reconnection: false,
    });
    sockets.push(again);
    await new Promise<void>((resolve) => again.once('connect', resolve));
    expect(await new Promise<TJoinAck>((resolve) => again.emit('assessment:join', { assessmentId }, resolve))).toEqual({
      ok: false,
      error: 'not found',
      code: 'live.not_found',
    });
  });

  it('keeps a member whose role changes connected, with the new role on their socket', async () => {
    const user = await memberWithSession('promoted', 3600);
    const live = await joinedSocket(user);
    await changeRole(t.db, assessmentId, { assessmentId, userId: ef.id, role: 'EF' }, user.id, 'OBS');
    await waitFor(
      async () => (await io.fetchSockets()).some((s) => s.data.user.id === user.id && s.data.live?.role === 'OBS'),
      'the new role on the socket',
    );
    expect(live.socket.connected).toBe(true);
  });
});
