// PostgreSQL really restarted under running instances: a private cluster (helpers/private-postgres)
// is stopped with `pg_ctl stop -m fast` while people edit. Meanwhile the real /api/health route
// answers 503 degraded, editing goes on (and, with Redis, crosses instances), the sync servers
// keep what they could not write; once PostgreSQL is back, health is ok again and every edit is in
// the database, as a fresh instance loading the document sees. Two instances when TEST_REDIS_URL
// is set, else one.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factorDocName } from '@/lib/collab/doc-names';
import { type TDb, getDb, migrate, openDb } from '@/lib/db/client';
import type { TYjsServer } from '@/server/yjs/server';
import { type TPrivatePostgres, privatePostgresSupport, startPrivatePostgres } from './helpers/private-postgres';
import { startInstance } from './helpers/redis';
import { covers, persistedDoc } from './helpers/yjs-db-state';
import {
  type TClient,
  type TTestUser,
  addMember,
  connectClient,
  createAssessment,
  createUser,
  startYjsServer,
  waitFor,
} from './helpers/yjs-harness';

const support = privatePostgresSupport();
if ('missing' in support) console.warn(`[scale-pg-restart] skipped: ${support.missing}`);

type TRunning = { yjsUrl: string; yjs: TYjsServer; close: () => Promise<void> };
const silent = { info: () => undefined, warn: () => undefined };

describe.skipIf('missing' in support)('PostgreSQL restarted under running instances', () => {
  let pg: TPrivatePostgres;
  let db: TDb;
  const pools: TDb[] = [];
  const instances: TRunning[] = [];
  const clients: TClient[] = [];

  beforeAll(async () => {
    pg = await startPrivatePostgres((support as { bin: string }).bin);
    // The health route and the first instance share this process's database, as in the app.
    process.env.DATABASE_URL = pg.url;
    db = getDb();
    await migrate(db);
  }, 60_000);

  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const i of instances) await i.close().catch(() => undefined);
    for (const p of pools) await p.destroy();
    await db?.destroy();
    await pg?.destroy();
  });

  const health = async (): Promise<{ status: number; body: unknown }> => {
    const { GET } = await import('@/app/api/health/route');
    const res = await GET();
    return { status: res.status, body: await res.json() };
  };

  const pool = (): TDb => {
    const p = openDb(pg.url);
    pools.push(p);
    return p;
  };

  it('edits made while it is down are written once it is back; /api/health says degraded meanwhile', async () => {
    const users: TTestUser[] = [await createUser(db, 'ana'), await createUser(db, 'ben')];
    const assessmentId = await createAssessment(db, users[0]!);
    for (const u of users) await addMember(db, assessmentId, u, 'EF');

    const redisUrl = process.env.TEST_REDIS_URL;
    if (redisUrl) {
      const prefix = `idg-test-${randomUUID()}:`;
      instances.push(await startInstance(db, redisUrl, { prefix }), await startInstance(pool(), redisUrl, { prefix }));
    } else {
      const s = await startYjsServer({ db, logger: silent });
      instances.push({ yjsUrl: s.url, yjs: s.yjs, close: s.close });
    }
    const name = factorDocName(assessmentId, 'transparency');
    const ana = connectClient(instances[0]!.yjsUrl, name, users[0]!);
    const ben = connectClient(instances.at(-1)!.yjsUrl, name, users[1]!);
    clients.push(ana, ben);
    await waitFor(() => ana.provider.synced && ben.provider.synced, 'synced');
    const text = (c: TClient) => c.doc.getText('t');
    text(ana).insert(0, 'before. ');
    await waitFor(async () => covers(await persistedDoc(db, name), ana.doc), 'first edit persisted');
    await waitFor(async () => (await health()).status === 200, 'health ok');
    expect((await health()).body).toEqual({ status: 'ok', db: 'ok', ...(redisUrl ? { redis: 'up' } : {}) });

    await pg.stop();
    await waitFor(async () => (await health()).status === 503, 'health degraded', 10_000);
    expect((await health()).body).toMatchObject({ status: 'degraded', db: 'unreachable' });
    // Both keep typing, a little at a time, for a couple of seconds of outage.
    for (let i = 0; i < 20; i++) {
      text(ana).insert(text(ana).length, `a${i} `);
      text(ben).insert(0, `b${i} `);
      await new Promise((r) => setTimeout(r, 100));
    }
    await waitFor(() => text(ana).toJSON() === text(ben).toJSON(), 'editing goes on while the database is down');
    await waitFor(() => instances.some((i) => i.yjs.stats().persistenceLagSeconds > 1), 'unwritten updates waiting');

    await pg.start();
    await waitFor(async () => (await health()).status === 200, 'health ok again', 15_000);
    // Read back through a connection of its own, opened after the restart.
    const check = pool();
    await waitFor(
      async () => covers(await persistedDoc(check, name), ana.doc) && covers(await persistedDoc(check, name), ben.doc),
      'every edit written',
      15_000,
    );
    await waitFor(() => instances.every((i) => i.yjs.stats().persistenceLagSeconds === 0), 'no lag left');

    // Nothing lives only in memory: with every instance gone, a fresh one loads it all.
    const expected = text(ana).toJSON();
    expect(expected).toContain('a19');
    expect(expected).toContain('b19');
    for (const c of clients.splice(0)) c.destroy();
    for (const i of instances.splice(0)) await i.close();
    const fresh = await startYjsServer({ db: check, logger: silent });
    instances.push({ yjsUrl: fresh.url, yjs: fresh.yjs, close: fresh.close });
    const reader = connectClient(fresh.url, name, users[0]!);
    clients.push(reader);
    await waitFor(() => reader.provider.synced, 'fresh instance synced');
    expect(text(reader).toJSON()).toBe(expected);
  }, 120_000);
});
