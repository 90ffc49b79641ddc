// WebSockets authenticate by the session cookie, which a browser sends along when another site's
// page opens them: the sync server and the live room refuse an Origin that is not their host,
// and still serve their own pages and cookie-holding scripts (no Origin).
import { io as connect } from 'socket.io-client';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factorDocName } from '@/lib/collab/doc-names';
import { SOCKET_PATH } from '@/lib/realtime/events';
import { memoryLogger } from '@/server/yjs/logger';
import { startLiveServer } from './helpers/live-harness';
import {
  type TTestDb,
  type TTestServer,
  type TTestUser,
  addMember,
  createAssessment,
  createTestDb,
  createUser,
  startYjsServer,
} from './helpers/yjs-harness';

describe('cross-site WebSockets', () => {
  let t: TTestDb;
  let yjs: TTestServer;
  let live: Awaited<ReturnType<typeof startLiveServer>>;
  let user: TTestUser;
  let docName: string;

  beforeAll(async () => {
    t = await createTestDb();
    user = await createUser(t.db, 'member');
    const assessmentId = await createAssessment(t.db, user);
    await addMember(t.db, assessmentId, user, 'EF');
    docName = factorDocName(assessmentId, 'transparency');
    yjs = await startYjsServer({ db: t.db, logger: memoryLogger() });
    live = await startLiveServer(t.db, { info: () => undefined, warn: () => undefined });
  });

  afterAll(async () => {
    await live.close();
    await yjs.close();
    await t.close();
  });

  const host = (url: string) => new URL(url).host;

  function yjsUpgrade(origin: string | null): Promise<number> {
    const ws = new WebSocket(`${yjs.url}/${docName}`, {
      headers: { cookie: user.cookie, ...(origin ? { origin } : {}) },
    });
    ws.on('error', () => undefined);
    return new Promise((resolve) => {
      ws.once('unexpected-response', (_req, res) => (resolve(res.statusCode ?? 0), ws.terminate()));
      ws.once('open', () => (resolve(101), ws.close()));
    });
  }

  function liveConnects(origin: string | null, transport: 'websocket' | 'polling'): Promise<boolean> {
    const socket = connect(live.url, {
      path: SOCKET_PATH,
      transports: [transport],
      extraHeaders: { cookie: user.cookie, ...(origin ? { origin } : {}) },
      forceNew: true,
      reconnection: false,
    });
    return new Promise((resolve) => {
      socket.once('connect', () => (resolve(true), socket.disconnect()));
      socket.once('connect_error', () => (resolve(false), socket.disconnect()));
    });
  }

  it.each(['https://evil.example', 'null'])('the sync server refuses an upgrade from Origin %j', async (origin) => {
    expect(await yjsUpgrade(origin)).toBe(403);
  });

  it('the sync server accepts its own origin and scripts without one', async () => {
    expect(await yjsUpgrade(`http://${host(yjs.url)}`)).toBe(101);
    expect(await yjsUpgrade(null)).toBe(101);
  });

  it.each(['websocket', 'polling'] as const)(
    'the live room refuses another origin over %s and accepts its own',
    async (transport) => {
      expect(await liveConnects('https://evil.example', transport)).toBe(false);
      expect(await liveConnects(`http://${host(live.url)}`, transport)).toBe(true);
      expect(await liveConnects(null, transport)).toBe(true);
    },
  );
});
