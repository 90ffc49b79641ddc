// Every refusal carries a stable code beside its English: the real route handlers (the session is
// stubbed) and the real live room on port 0, on every database. Also the live room's per-socket
// event limit: one member flooding joins is refused past it while the others carry on.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as flagsRoute from '@/app/api/assessments/[id]/answer-flags/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import type { TDb } from '@/lib/db/client';
import type { TJoinAck } from '@/lib/realtime/events';
import { EVENT_COST, SOCKET_EVENT_LIMIT } from '@/server/live/pipeline';
import { type TLiveClient, connectLiveClient, startLiveServer } from './helpers/live-harness';
import {
  type TTestDb,
  type TTestUser,
  addMember,
  createAssessment,
  createTestDb,
  createUser,
  dbKinds,
} from './helpers/yjs-harness';

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const holder = globalThis as typeof globalThis & { __idgDb?: TDb };
type TLog = { event: string; fields: Record<string, unknown> };

describe.each(dbKinds)('error codes on %s', (kind) => {
  let t: TTestDb;
  let live: Awaited<ReturnType<typeof startLiveServer>>;
  let assessmentId = '';
  const u = {} as Record<'ef' | 'ana', TTestUser>;
  const sockets: TLiveClient[] = [];
  const logs: TLog[] = [];

  beforeAll(async () => {
    t = await createTestDb(kind);
    holder.__idgDb = t.db;
    u.ef = await createUser(t.db, 'ef');
    u.ana = await createUser(t.db, 'ana');
    assessmentId = await createAssessment(t.db, u.ef);
    await addMember(t.db, assessmentId, u.ef, 'EF');
    await addMember(t.db, assessmentId, u.ana, 'IC');
    live = await startLiveServer(t.db, {
      info: () => undefined,
      warn: (event, fields) => logs.push({ event, fields }),
    });
  });

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await live?.close();
    delete holder.__idgDb;
    await t?.close();
  });

  async function socketOf(user: TTestUser): Promise<TLiveClient> {
    const s = await connectLiveClient(live.url, user);
    sockets.push(s);
    return s;
  }

  it('answers a refused API call with its English, its code, and codes per field', async () => {
    session.user = { id: u.ana.id, email: 'ana@example.test', name: 'ana', isAdmin: false, timeZone: null };
    const call = (body: unknown) =>
      flagsRoute.PUT(
        new Request(`http://localhost/api/assessments/${assessmentId}/answer-flags`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
        { params: Promise.resolve({ id: assessmentId }) },
      );
    const forbidden = await call({ questionKey: 'transparency.2', flag: 'sensitive' });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({
      error: 'Only facilitators mark answers sensitive.',
      code: 'answer_flags.set_forbidden',
    });

    session.user = { id: u.ef.id, email: 'ef@example.test', name: 'ef', isAdmin: false, timeZone: null };
    const invalid = await call({ questionKey: 'transparency.2', flag: 'nonsense' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      error: 'Some fields are not valid.',
      code: 'validation.failed',
      fieldErrors: { flag: [expect.any(String)] },
      fieldCodes: { flag: ['field.invalid_value'] },
    });
  });

  it('answers a refused live event with its code', async () => {
    const ana = await socketOf(u.ana);
    expect(await ana.emitWithAck('hand:raise', {})).toEqual({
      ok: false,
      error: 'join an assessment first',
      code: 'live.join_first',
    });
    expect(await ana.emitWithAck('assessment:join', { assessmentId: 'no-such-assessment' })).toEqual({
      ok: false,
      error: 'not found',
      code: 'live.not_found',
    });
    expect((await ana.emitWithAck('assessment:join', { assessmentId })).ok).toBe(true);
    expect(await ana.emitWithAck('timer:start', { minutes: 5, label: 'Break' })).toEqual({
      ok: false,
      error: 'forbidden',
      code: 'live.forbidden',
    });
  });

  it('refuses one socket’s flood of joins past its limit, logging it once, while another member carries on', async () => {
    const flooder = await socketOf(u.ana);
    const ef = await socketOf(u.ef);
    expect((await ef.emitWithAck('assessment:join', { assessmentId })).ok).toBe(true);
    const before = logs.filter((l) => l.event === 'live.rate-limited').length;

    const acks = await Promise.all(
      Array.from({ length: 500 }, () => flooder.emitWithAck('assessment:join', { assessmentId }) as Promise<TJoinAck>),
    );
    const refused = acks.filter((a) => !a.ok);
    // The burst's worth of joins, and perhaps one or two refilled while the flood arrived; never much more.
    const joinsInBurst = SOCKET_EVENT_LIMIT.burst / EVENT_COST['assessment:join']!;
    expect(acks.length - refused.length).toBeGreaterThanOrEqual(joinsInBurst);
    expect(acks.length - refused.length).toBeLessThan(joinsInBurst + 5);
    expect(refused[0]).toEqual({
      ok: false,
      error: 'Too many requests at once; try again shortly.',
      code: 'rate_limited',
    });
    expect(logs.filter((l) => l.event === 'live.rate-limited').length - before).toBe(1);

    expect(await ef.emitWithAck('hand:raise', {})).toEqual({ ok: true });
  });
});
