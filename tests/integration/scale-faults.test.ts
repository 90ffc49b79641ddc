// Faults of a multi-instance deployment: an instance killed mid-session, Redis restarted, and a
// database that fails for a while (health check and the sync server's log retries).
import type { ChildProcess } from 'node:child_process';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factorDocName } from '@/lib/collab/doc-names';
import { openDb } from '@/lib/db/client';
import { checkHealth } from '@/lib/services/shared/health';
import { memoryLogger } from '@/server/yjs/logger';
import {
  type TInstance,
  type TTestRedis,
  scaleTestsEnabled,
  startChildInstance,
  startInstance,
  startRedis,
  uniquePrefix,
} from './helpers/redis';
import { covers, persistedDoc } from './helpers/yjs-db-state';
import {
  type TClient,
  type TTestDb,
  type TTestUser,
  addMember,
  connectClient,
  createAssessment,
  createTestDb,
  createUser,
  startYjsServer,
  waitFor,
} from './helpers/yjs-harness';

/** Makes every INSERT fail while `failing` is true: the database "down" for writes. */
class FailingWrites implements KyselyPlugin {
  failing = false;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.failing && args.node.kind === 'InsertQueryNode') throw new Error('database unavailable');
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

async function setUp(t: TTestDb): Promise<{ users: TTestUser[]; assessmentId: string }> {
  const users = [await createUser(t.db, 'ana'), await createUser(t.db, 'ben')];
  const assessmentId = await createAssessment(t.db, users[0]!);
  for (const u of users) await addMember(t.db, assessmentId, u, 'EF');
  return { users, assessmentId };
}

const sameText = (x: TClient, y: TClient): boolean => x.doc.getText('t').toJSON() === y.doc.getText('t').toJSON();

describe.skipIf(!scaleTestsEnabled)('multi-instance faults', () => {
  let t: TTestDb;
  let users: TTestUser[];
  let assessmentId = '';
  const clients: TClient[] = [];
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    t = await createTestDb('postgres');
    ({ users, assessmentId } = await setUp(t));
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const c of children) c.kill('SIGKILL');
    await t?.close();
  });

  it('an instance killed with SIGKILL mid-session: its clients reconnect to the other and lose nothing', async () => {
    const prefix = uniquePrefix();
    const redisUrl = process.env.TEST_REDIS_URL ?? '';
    const [first, second] = await Promise.all([
      startChildInstance(t.url, redisUrl, prefix),
      startChildInstance(t.url, redisUrl, prefix),
    ]);
    children.push(first.child, second.child);
    const name = factorDocName(assessmentId, 'transparency');
    const ana = connectClient(first.yjsUrl, name, users[0]!);
    const ben = connectClient(second.yjsUrl, name, users[1]!);
    clients.push(ana, ben);
    await waitFor(() => ana.provider.synced && ben.provider.synced, 'synced');

    let typing = true;
    const type = (): void => {
      if (!typing) return;
      ana.doc.getText('t').insert(ana.doc.getText('t').length, 'a');
      setTimeout(type, 2);
    };
    type();
    await waitFor(() => ben.doc.getText('t').length > 200, 'edits crossing instances');
    // The load balancer sends Ana's reconnection to the surviving instance.
    ana.provider.serverUrl = second.yjsUrl;
    first.child.kill('SIGKILL');
    await new Promise<void>((resolve) => first.child.once('exit', () => resolve()));
    // Ana keeps typing while disconnected; it all goes to the second instance on reconnection.
    await new Promise((r) => setTimeout(r, 200));
    typing = false;
    await waitFor(() => ana.provider.wsconnected && ana.provider.synced, 'reconnected to the other instance');
    await waitFor(() => sameText(ana, ben), 'converged');
    expect(ben.doc.getText('t').toJSON()).toMatch(/^a+$/);
    await waitFor(async () => covers(await persistedDoc(t.db, name), ana.doc), 'everything persisted', 5000);
    // Two child processes start under tsx: slow on a busy machine.
  }, 60_000);

  it('Redis restarted: instances resync by state vectors and do not diverge', async () => {
    let redis: TTestRedis | null = null;
    let a: TInstance | null = null;
    let b: TInstance | null = null;
    try {
      redis = await startRedis();
      const prefix = uniquePrefix();
      a = await startInstance(t.db, redis.url, { prefix });
      b = await startInstance(t.db, redis.url, { prefix });
      const name = factorDocName(assessmentId, 'automation');
      const ana = connectClient(a.yjsUrl, name, users[0]!);
      const ben = connectClient(b.yjsUrl, name, users[1]!);
      clients.push(ana, ben);
      await waitFor(() => ana.provider.synced && ben.provider.synced, 'synced');
      ana.doc.getText('t').insert(0, 'before ');
      await waitFor(() => sameText(ana, ben), 'first edit crosses');

      await redis.stop();
      await waitFor(() => !a!.scale.connected() && !b!.scale.connected(), 'both see Redis down');
      ana.doc.getText('t').insert(ana.doc.getText('t').length, 'ana-while-down ');
      ben.doc.getText('t').insert(0, 'ben-while-down ');
      await new Promise((r) => setTimeout(r, 300));
      expect(sameText(ana, ben)).toBe(false);

      await redis.start();
      await waitFor(() => sameText(ana, ben), 'converged after Redis returned', 15_000);
      expect(ana.doc.getText('t').toJSON()).toContain('ana-while-down');
      expect(ana.doc.getText('t').toJSON()).toContain('ben-while-down');
      // Edits keep flowing afterwards.
      ben.doc.getText('t').insert(0, 'after ');
      await waitFor(() => sameText(ana, ben) && ana.doc.getText('t').toJSON().startsWith('after '), 'edits flow again');
    } finally {
      await a?.close();
      await b?.close();
      await redis?.stop();
    }
  }, 60_000);
});

describe('database faults', () => {
  let t: TTestDb;
  afterAll(async () => t?.close());

  it('the health check reports degraded when the database query fails', async () => {
    t = await createTestDb('sqlite');
    expect(await checkHealth(t.db)).toEqual({ status: 'ok', db: 'ok' });
    const broken = openDb('postgres://nobody:nothing@127.0.0.1:1/none');
    expect(await checkHealth(broken)).toEqual({ status: 'degraded', db: 'unreachable' });
    expect(await checkHealth(broken, () => 'down')).toEqual({ status: 'degraded', db: 'unreachable', redis: 'down' });
    expect(await checkHealth(t.db, () => 'down')).toEqual({ status: 'ok', db: 'ok', redis: 'down' });
    await broken.destroy();
  });

  it('the sync server keeps a batch the database refused and writes it once the database is back', async () => {
    const { users, assessmentId } = await setUp(t);
    const failing = new FailingWrites();
    const logger = memoryLogger();
    const server = await startYjsServer({ db: t.db.withPlugin(failing), logger });
    const name = factorDocName(assessmentId, 'transparency');
    const ana = connectClient(server.url, name, users[0]!);
    try {
      await waitFor(() => ana.provider.synced, 'synced');
      failing.failing = true;
      ana.doc.getText('t').insert(0, 'kept while the database is down');
      await waitFor(() => logger.lines.some((l) => l.event === 'persist-failed'), 'a failed write');
      await waitFor(() => server.yjs.stats().persistenceLagSeconds > 0.3, 'lag grows while writes fail');
      expect(covers(await persistedDoc(t.db, name), ana.doc)).toBe(false);

      failing.failing = false;
      await waitFor(
        async () => covers(await persistedDoc(t.db, name), ana.doc),
        'written after the database returned',
        5000,
      );
      await waitFor(() => server.yjs.stats().persistenceLagSeconds === 0, 'no lag once written');
    } finally {
      ana.destroy();
      await server.close();
    }
  });
});
