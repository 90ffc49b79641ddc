// Two instances (sync server + live room on plain HTTP servers, no Next) against one PostgreSQL
// database and one Redis: Yjs clients on different instances co-edit and converge, awareness and
// access changes cross over, a room broadcast reaches both, and /metrics reports it all.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '@/lib/collab/close-codes';
import { factorDocName, formatDocName } from '@/lib/collab/doc-names';
import { SOCKET_PATH, type TClientEvents, type TServerEvents } from '@/lib/realtime/events';
import type { TLiveState } from '@/lib/realtime/live-events';
import { createMetricsHandler } from '@/server/scale/metrics';
import { type TInstance, scaleTestsEnabled, startInstance, uniquePrefix } from './helpers/redis';
import {
  type TClient,
  type TTestDb,
  type TTestUser,
  addMember,
  connectClient,
  createAssessment,
  createTestDb,
  createUser,
  waitFor,
} from './helpers/yjs-harness';

type TSocket = Socket<TServerEvents, TClientEvents>;

describe.skipIf(!scaleTestsEnabled)('two instances sharing PostgreSQL and Redis', () => {
  let t: TTestDb;
  let a: TInstance;
  let b: TInstance;
  let assessmentId = '';
  const u = {} as Record<'ef' | 'ana' | 'ben', TTestUser>;
  const clients: TClient[] = [];
  const sockets: TSocket[] = [];

  beforeAll(async () => {
    t = await createTestDb('postgres');
    for (const who of ['ef', 'ana', 'ben'] as const) u[who] = await createUser(t.db, who);
    assessmentId = await createAssessment(t.db, u.ef);
    await addMember(t.db, assessmentId, u.ef, 'EF');
    await addMember(t.db, assessmentId, u.ana, 'EF');
    await addMember(t.db, assessmentId, u.ben, 'EF');
    const prefix = uniquePrefix();
    const redisUrl = process.env.TEST_REDIS_URL ?? '';
    a = await startInstance(t.db, redisUrl, { prefix });
    b = await startInstance(t.db, redisUrl, { prefix });
    await waitFor(() => a.scale.connected() && b.scale.connected(), 'redis connected');
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const s of sockets) s.disconnect();
    await a?.close();
    await b?.close();
    await t?.close();
  });

  const client = (inst: TInstance, name: string, user: TTestUser): TClient => {
    const c = connectClient(inst.yjsUrl, name, user);
    clients.push(c);
    return c;
  };

  it('clients on different instances co-edit one document and converge, awareness included', async () => {
    const name = factorDocName(assessmentId, 'transparency');
    const ana = client(a, name, u.ana);
    const ben = client(b, name, u.ben);
    await waitFor(() => ana.provider.synced && ben.provider.synced, 'synced');
    for (let i = 0; i < 50; i++) {
      ana.doc.getText('t').insert(0, 'a');
      ben.doc.getText('t').insert(ben.doc.getText('t').length, 'b');
    }
    await waitFor(
      () => ana.doc.getText('t').length === 100 && ben.doc.getText('t').length === 100,
      'both see 100 characters',
    );
    expect(ana.doc.getText('t').toJSON()).toBe(ben.doc.getText('t').toJSON());

    ana.provider.awareness.setLocalStateField('user', { name: 'Ana' });
    await waitFor(
      () => ben.provider.awareness.getStates().get(ana.doc.clientID) !== undefined,
      'awareness crosses instances',
    );

    // A third client joining on B later gets everything, whichever instance applied it.
    const late = client(b, name, u.ef);
    await waitFor(
      () => late.provider.synced && late.doc.getText('t').toJSON() === ana.doc.getText('t').toJSON(),
      'late joiner',
    );
  });

  it('a document loaded on a second instance right after edits on the first gets them (state vector exchange)', async () => {
    const name = formatDocName({ kind: 'plan', assessmentId });
    const ana = client(a, name, u.ana);
    await waitFor(() => ana.provider.synced, 'synced on A');
    ana.doc.getText('t').insert(0, 'written on A');
    // B loads now: A may not have written the update yet; the exchange on subscribing fetches it.
    const ben = client(b, name, u.ben);
    await waitFor(() => ben.doc.getText('t').toJSON() === 'written on A', 'B has A’s edit');
  });

  it('closing connections for an access change on one instance closes them on the other', async () => {
    const name = factorDocName(assessmentId, 'automation');
    const ben = client(b, name, u.ben);
    await waitFor(() => ben.provider.synced, 'synced');
    a.yjs.closeConnections({ userId: u.ben.id });
    await waitFor(() => ben.closes.includes(CloseCode.accessChanged), 'closed with accessChanged on B');
  });

  it('a timer started on instance A reaches a client on B with the same end time', async () => {
    const join = async (inst: TInstance, user: TTestUser) => {
      const s: TSocket = connect(inst.httpUrl, {
        path: SOCKET_PATH,
        transports: ['websocket'],
        extraHeaders: { Cookie: user.cookie },
        forceNew: true,
        reconnection: false,
      });
      sockets.push(s);
      const states: TLiveState[] = [];
      s.on('live:state', (st) => states.push(st));
      await new Promise<void>(
        (resolve, reject) => (s.once('connect', () => resolve()), s.once('connect_error', reject)),
      );
      const ack = await s.emitWithAck('assessment:join', { assessmentId });
      expect(ack.ok).toBe(true);
      return { s, states };
    };
    const ef = await join(a, u.ef);
    const ben = await join(b, u.ben);
    expect(await ef.s.emitWithAck('timer:start', { minutes: 5, label: 'Breakout' })).toEqual({ ok: true });
    await waitFor(
      () =>
        ben.states.some((s) => s.timer?.label === 'Breakout') && ef.states.some((s) => s.timer?.label === 'Breakout'),
      'timer on both',
    );
    const endOf = (states: TLiveState[]) => states.findLast((s) => s.timer?.label === 'Breakout')?.timer?.endsAt;
    expect(endOf(ben.states)).toBe(endOf(ef.states));
    expect(endOf(ben.states)).toBeTruthy();
  });

  it('/metrics reports connections, documents, updates by source, lag and Redis', async () => {
    const [textA, textB] = await Promise.all([a, b].map(async (i) => (await fetch(`${i.httpUrl}/metrics`)).text()));
    const value = (text: string, series: string): number =>
      Number(new RegExp(`^${series.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    expect(value(textA!, 'idg_yjs_updates_total{source="client"}')).toBeGreaterThan(0);
    expect(value(textB!, 'idg_yjs_updates_total{source="peer"}')).toBeGreaterThan(0);
    expect(value(textA!, 'idg_yjs_documents')).toBeGreaterThan(0);
    expect(value(textA!, 'idg_yjs_connections')).toBeGreaterThan(0);
    expect(value(textA!, 'idg_socketio_connections')).toBeGreaterThanOrEqual(1);
    expect(value(textA!, 'idg_redis_connected')).toBe(1);
    expect(value(textA!, 'idg_yjs_persistence_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(textA).toContain('# TYPE idg_yjs_updates_total counter');
  });
});

describe('/metrics access', () => {
  const sources = {
    yjs: () => ({ connections: 0, documents: 0, updates: { client: 0, peer: 0 }, persistenceLagSeconds: 0 }),
    socketConnections: () => 0,
  };

  async function serve(token: string | undefined): Promise<{ url: string; close: () => void }> {
    const handler = createMetricsHandler(sources, token);
    const server = createServer((req, res) => void (handler(req, res) || res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`,
      close: () => void server.close(),
    };
  }

  it('with METRICS_TOKEN, answers only the Bearer token', async () => {
    const s = await serve('s3cret');
    expect((await fetch(s.url)).status).toBe(401);
    expect((await fetch(s.url, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetch(s.url, { headers: { authorization: 'Bearer s3cret' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    expect(await ok.text()).toContain('idg_yjs_updates_total{source="client"} 0');
    s.close();
  });

  it('without a token, answers loopback only, and not through a proxy', async () => {
    const s = await serve(undefined);
    expect((await fetch(s.url)).status).toBe(200);
    expect((await fetch(s.url, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);
    expect((await fetch(s.url, { method: 'POST' })).status).toBe(405);
    s.close();
  });
});
