// State that must be one across instances, with the real Redis (TEST_REDIS_URL): the per-user
// API rate limit (lib/security/rate-limit-redis) and the voting rounds' version counter
// (server/scale/round-versions). Without Redis both stay in memory, per instance.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TRoundView, TVotingAck } from '@/lib/realtime/voting-events';
import { authedRoute } from '@/lib/api/route';
import { API_MUTATION_LIMIT, resetRateLimits } from '@/lib/security/rate-limit';
import { closeSharedRateLimit, takeRedisToken, takeSharedToken } from '@/lib/security/rate-limit-redis';
import { createActivity } from '@/lib/services/priorities/candidate-activity-changes';
import { redisRoundVersions } from '@/server/scale/round-versions';
import { type TLiveClient, connectLiveClient } from './helpers/live-harness';
import { type TInstance, scaleTestsEnabled, startInstance, uniquePrefix } from './helpers/redis';
import {
  type TTestDb,
  type TTestUser,
  addMember,
  createAssessment,
  createTestDb,
  createUser,
  waitFor,
} from './helpers/yjs-harness';

const REDIS_URL = process.env.TEST_REDIS_URL ?? '';
const limit = API_MUTATION_LIMIT;
const windowMs = (limit.burst / limit.perSecond) * 1000;
// A time at the very start of a window, so that the test decides where the window edges fall.
const t0 = 1_000_000 * windowMs + 1;

const current = vi.hoisted(() => ({ id: 'user-1' }));
vi.mock('@/lib/auth/session', () => ({
  getSessionUser: () =>
    Promise.resolve({ id: current.id, email: 'x@example.test', name: 'X', isAdmin: false, timeZone: null }),
}));

describe.skipIf(!REDIS_URL)('the API rate limit with Redis', () => {
  // Two connections: what two instances each hold.
  let a: Redis;
  let b: Redis;
  beforeAll(() => {
    a = new Redis(REDIS_URL);
    b = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await Promise.all([a.quit(), b.quit()]);
    await closeSharedRateLimit();
  });
  afterEach(() => {
    delete process.env.REDIS_URL;
    vi.useRealTimers();
  });

  it('two instances draw on one allowance: the burst in all, then 429 on either', async () => {
    const prefix = uniquePrefix();
    const take = (r: Redis, now = t0) => takeRedisToken(r, 'api:u1', limit, now, prefix);
    for (let i = 0; i < limit.burst; i++) expect(await take(i % 2 ? a : b)).toEqual({ ok: true });
    const refused = await take(a);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((await take(b)).ok).toBe(false);
    // Another user has an allowance of their own.
    expect(await takeRedisToken(b, 'api:u2', limit, t0, prefix)).toEqual({ ok: true });
    // A refused request is not counted: 200 ms into the next window the burst that passed weighs
    // 60 × (1 − 201/3000) ≈ 55.98, so four more fit, then it is full again.
    let passed = 0;
    while ((await take(passed % 2 ? a : b, t0 + windowMs + 200)).ok) passed++;
    expect(passed).toBe(4);
    // Two windows on, the old burst has slid out entirely.
    expect(await take(a, t0 + 3 * windowMs)).toEqual({ ok: true });
  });

  it('authedRoute answers 429 from the shared count, whatever this instance has seen', async () => {
    process.env.REDIS_URL = REDIS_URL;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(t0);
    current.id = randomUUID();
    resetRateLimits();
    const handler = authedRoute(() => Promise.resolve({ ok: true }));
    const call = () =>
      handler(
        new Request('http://localhost/api/x', {
          method: 'POST',
          headers: { host: 'localhost', origin: 'http://localhost', 'content-type': 'application/json' },
          body: '{}',
        }),
        { params: Promise.resolve({}) },
      );
    // Half the burst here, half on another instance (its own connection, the same Redis).
    for (let i = 0; i < limit.burst / 2; i++) expect((await call()).status).toBe(200);
    for (let i = 0; i < limit.burst / 2; i++)
      expect(await takeRedisToken(b, `api:${current.id}`, limit, t0)).toEqual({ ok: true });
    // This process's own bucket has seen only half: the refusal comes from Redis.
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('falls back to the in-memory limit at once while Redis cannot be reached', async () => {
    process.env.REDIS_URL = 'redis://127.0.0.1:1';
    resetRateLimits();
    const started = Date.now();
    for (let i = 0; i < limit.burst; i++)
      expect((await takeSharedToken('api:offline', { perSecond: 0.001, burst: limit.burst })).ok).toBe(true);
    expect((await takeSharedToken('api:offline', { perSecond: 0.001, burst: limit.burst })).ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
    await closeSharedRateLimit();
  });
});

describe.skipIf(!REDIS_URL)('round versions with Redis', () => {
  it('count on when Redis is unreachable, from the highest value seen', async () => {
    const versions = redisRoundVersions('redis://127.0.0.1:1', { info: () => undefined, warn: () => undefined });
    try {
      expect(await versions.bump('r1')).toBe(1);
      expect(await versions.bump('r1')).toBe(2);
      expect(await versions.current('r1')).toBe(2);
    } finally {
      await versions.close();
    }
  });
});

describe.skipIf(!scaleTestsEnabled)('a voting round across two instances', () => {
  let t: TTestDb;
  let a: TInstance;
  let b: TInstance;
  const sockets: TLiveClient[] = [];

  beforeAll(async () => {
    t = await createTestDb('postgres');
    const prefix = uniquePrefix();
    a = await startInstance(t.db, REDIS_URL, { prefix });
    b = await startInstance(t.db, REDIS_URL, { prefix });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await a?.close();
    await b?.close();
    await t?.close();
  });

  /** A socket of `user` on `inst`, joined to the assessment, keeping every round update it gets. */
  async function joined(inst: TInstance, user: TTestUser, assessmentId: string) {
    const rounds: TRoundView[] = [];
    const socket = await connectLiveClient(inst.httpUrl, user, (s) => {
      sockets.push(s);
      s.on('round:update', (r) => rounds.push(r));
    });
    const ack = await socket.emitWithAck('assessment:join', { assessmentId });
    if (!ack.ok) throw new Error(ack.error);
    return { socket, rounds };
  }

  it('every accepted vote gets its own version, in one order, and both instances tally them all', async () => {
    const ef = await createUser(t.db, 'ef');
    const assessmentId = await createAssessment(t.db, ef);
    await addMember(t.db, assessmentId, ef, 'EF');
    const voters: TTestUser[] = [];
    for (let i = 0; i < 12; i++) {
      voters.push(await createUser(t.db, `voter${i}`));
      await addMember(t.db, assessmentId, voters[i]!, 'IC');
    }
    const activityId = await createActivity(
      t.db,
      { assessmentId, userId: ef.id, role: 'EF' },
      { title: 'Rotate staff', description: '', sources: ['transparency.20'] },
    );
    const facilitator = await joined(a, ef, assessmentId);
    const opened = await facilitator.socket.emitWithAck('round:open', {
      kind: 'rating',
      activityIds: [activityId],
      criteria: ['importance'],
      anonymous: false,
      results: 'live',
    });
    if (!opened.ok) throw new Error(opened.error);
    // Half the voters on each instance, all voting at once.
    const crowd = await Promise.all(voters.map((v, i) => joined(i % 2 ? a : b, v, assessmentId)));
    const send = (s: TLiveClient, payload: unknown) =>
      (s.emitWithAck as unknown as (e: string, p: unknown) => Promise<TVotingAck>)('rating:set', payload);
    const acks = await Promise.all(
      crowd.map((c) => send(c.socket, { roundId: opened.roundId, activityId, criterion: 'importance', value: 'high' })),
    );
    const versions = acks.map((ack) => (ack.ok ? ack.version : -1)).sort((x, y) => (x ?? 0) - (y ?? 0));
    // One count across instances: 1..12, no version given twice (per instance it would be 1..6 twice).
    expect(versions).toEqual(voters.map((_v, i) => i + 1));
    for (const watcher of [facilitator, crowd[0]!, crowd[1]!]) {
      await waitFor(() => watcher.rounds.some((r) => r.version === voters.length), 'a tally holding every vote');
      const last = watcher.rounds.filter((r) => r.version === voters.length).at(-1)!;
      expect(last.voters).toBe(voters.length);
    }
    // A late joiner on either instance is told the same version.
    const sync = await crowd[0]!.socket.emitWithAck('round:sync', {});
    expect(sync.ok && sync.round?.version).toBe(voters.length);
  });
});
