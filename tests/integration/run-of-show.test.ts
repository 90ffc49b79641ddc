// The run of show: agenda items with times and kinds, read through the real route handler (session
// stubbed), and run item by item through the real socket.io server, on every database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as runOfShowRoute from '@/app/api/assessments/[id]/run-of-show/route';
import * as sessionsRoute from '@/app/api/assessments/[id]/sessions/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import type { TDb } from '@/lib/db/client';
import { type TRunOfShow, ZRunOfShowResponseSchema, ZSessionInputSchema } from '@/lib/contracts/sessions';
import type { TLiveAck, TLiveEventName, TLiveState } from '@/lib/realtime/live-events';
import { createGroup, updateGroup } from '@/lib/services/workshop/groups';
import { allocateArea } from '@/lib/services/workshop/area-allocation';
import { createSession } from '@/lib/services/workshop/sessions';
import { type TLiveClient, connectLiveClient, startLiveServer } from './helpers/live-harness';
import {
  type TTestDb,
  type TTestUser,
  addMember,
  createAssessment,
  createTestDb,
  createUser,
  dbKinds,
  waitFor,
} from './helpers/yjs-harness';

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const holder = globalThis as typeof globalThis & { __idgDb?: TDb };

describe.each(dbKinds)('run of show on %s', (kind) => {
  let t: TTestDb;
  let live: Awaited<ReturnType<typeof startLiveServer>>;
  let assessmentId = '';
  let sessionId = '';
  const groupIds: string[] = [];
  const u = {} as Record<'ef' | 'lf' | 'ana' | 'ben' | 'stranger', TTestUser>;
  const sockets: TLiveClient[] = [];

  beforeAll(async () => {
    t = await createTestDb(kind);
    holder.__idgDb = t.db;
    for (const who of ['ef', 'lf', 'ana', 'ben', 'stranger'] as const) u[who] = await createUser(t.db, who);
    assessmentId = await createAssessment(t.db, u.ef);
    await addMember(t.db, assessmentId, u.ef, 'EF');
    await addMember(t.db, assessmentId, u.lf, 'LF');
    await addMember(t.db, assessmentId, u.ana, 'IC');
    await addMember(t.db, assessmentId, u.ben, 'IC');
    const ef = { assessmentId, userId: u.ef.id, role: 'EF' as const };
    for (const [name, member, area] of [
      ['Group A', u.ana, 'transparency'],
      ['Group B', u.ben, 'automation'],
    ] as const) {
      const id = await createGroup(t.db, assessmentId, ef, name);
      await updateGroup(t.db, assessmentId, ef, id, { memberIds: [member.id], rapporteurId: member.id });
      await allocateArea(t.db, assessmentId, ef, area, id);
      groupIds.push(id);
    }
    const startsAt = new Date(Date.now() - 5 * 60_000).toISOString();
    sessionId = (
      await createSession(
        t.db,
        assessmentId,
        ef,
        ZSessionInputSchema.parse({
          title: 'Breakout work and report-back',
          startsAt,
          durationMinutes: 120,
          agenda: [
            { title: 'Welcome', kind: 'plenary', durationMinutes: 10, ownerId: u.lf.id },
            { title: 'Breakouts', kind: 'breakout', durationMinutes: 30, timerMinutes: 25 },
            { title: 'Group A reports', kind: 'report-back', groupId: groupIds[0], durationMinutes: 15 },
            { title: 'Rating', kind: 'rating', durationMinutes: 20 },
            // Written before the run of show: no time, no kind.
            { title: 'Close' },
          ],
        }),
      )
    ).id;
    live = await startLiveServer(t.db, { info: () => undefined, warn: () => undefined });
  });

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await live?.close();
    delete holder.__idgDb;
    await t?.close();
  });

  const as = (user: TTestUser) =>
    (session.user = { id: user.id, email: `${user.id}@example.test`, name: 'x', isAdmin: false, timeZone: null });
  const params = () => ({ params: Promise.resolve({ id: assessmentId }) });
  async function readRun(user: TTestUser): Promise<{ status: number; body: TRunOfShow }> {
    as(user);
    const res = await runOfShowRoute.GET(
      new Request(`http://localhost/api/assessments/${assessmentId}/run-of-show`),
      params(),
    );
    return { status: res.status, body: (await res.json()) as TRunOfShow };
  }

  async function joined(user: TTestUser) {
    const got = { states: [] as TLiveState[], goes: [] as string[], runs: [] as (number | null)[] };
    const socket = await connectLiveClient(live.url, user, (s) => {
      s.on('live:state', (state) => got.states.push(state));
      s.on('breakout:go', ({ path }) => got.goes.push(path));
      s.on('run:update', ({ currentIndex }) => got.runs.push(currentIndex));
    });
    sockets.push(socket);
    const ack = await socket.emitWithAck('assessment:join', { assessmentId });
    expect(ack.ok).toBe(true);
    return { socket, got };
  }
  const send = (socket: TLiveClient, event: TLiveEventName, payload: unknown): Promise<TLiveAck> =>
    socket.emitWithAck(event, payload);

  it('gives members the session item by item with times, kinds and statuses, and each group’s progress', async () => {
    const { status, body } = await readRun(u.ana);
    expect(status).toBe(200);
    expect(ZRunOfShowResponseSchema.parse(body)).toEqual(body);
    const s = body.session!;
    expect(s.id).toBe(sessionId);
    expect(s.items.map((i) => [i.kind, i.status, i.durationMinutes])).toEqual([
      ['plenary', 'planned', 10],
      ['breakout', 'planned', 30],
      ['report-back', 'planned', 15],
      ['rating', 'planned', 20],
      ['plenary', 'planned', 15],
    ]);
    // Each item starts where the one before ends.
    expect(s.items[1]!.startsAt).toBe(s.items[0]!.endsAt);
    expect(s.items[0]!.owner).toEqual({ id: u.lf.id, name: 'lf' });
    expect(s.items[2]!.path).toBe(`/assessments/${assessmentId}/report-back?group=${groupIds[0]}`);
    expect(s.currentIndex).toBeNull();
    expect(s.nextIndex).toBe(0);
    expect(body.groups.map((g) => [g.name, g.progress.answered, g.progress.findings])).toEqual([
      ['Group A', 0, 0],
      ['Group B', 0, 0],
    ]);
    expect(body.groups[0]!.progress.questions).toBeGreaterThan(0);
    expect((await readRun(u.stranger)).status).toBe(404);
  });

  it('refuses a contributor’s run commands and changes nothing', async () => {
    const ana = await joined(u.ana);
    for (const [event, payload] of [
      ['run:start', { sessionId, index: 1 }],
      ['run:extend', { sessionId, minutes: 5 }],
      ['run:end', { sessionId }],
    ] as const)
      expect(await send(ana.socket, event, payload)).toMatchObject({ ok: false, code: 'live.forbidden' });
    expect((await readRun(u.ana)).body.session!.currentIndex).toBeNull();
  });

  it('runs a breakout item: breakouts and timer together, extended, then everyone back to the next item’s page', async () => {
    const ef = await joined(u.ef);
    const lf = await joined(u.lf);
    const ana = await joined(u.ana);
    const ben = await joined(u.ben);

    expect(await send(ef.socket, 'run:start', { sessionId, index: 0 })).toEqual({ ok: true });
    expect(await send(ef.socket, 'run:start', { sessionId, index: 1 })).toEqual({ ok: true });
    await waitFor(() => ana.got.goes.length > 0 && ben.got.goes.length > 0, 'each to their group');
    expect(ana.got.goes.at(-1)).toBe(`/assessments/${assessmentId}/checklist/transparency`);
    expect(ben.got.goes.at(-1)).toBe(`/assessments/${assessmentId}/checklist/automation`);
    await waitFor(() => ana.got.states.some((s) => s.breakoutActive && s.timer), 'breakouts and timer');
    const started = ana.got.states.findLast((s) => s.breakoutActive)!;
    expect(started.timer?.label).toBe('Breakouts');
    expect(Date.parse(started.timer!.endsAt!) - Date.now()).toBeGreaterThan(24 * 60_000);
    // The co-facilitator's cockpit hears of it.
    await waitFor(() => lf.got.runs.includes(1), 'the co-facilitator is told');

    let run = (await readRun(u.lf)).body;
    expect(run.session!.currentIndex).toBe(1);
    expect(run.session!.items.map((i) => i.status)).toEqual(['done', 'running', 'planned', 'planned', 'planned']);
    expect(run.groups[0]!.currentPage).toBe(`/assessments/${assessmentId}/checklist/transparency`);

    expect(await send(lf.socket, 'run:extend', { sessionId, minutes: 5 })).toEqual({ ok: true });
    run = (await readRun(u.ef)).body;
    expect(run.session!.extendedMinutes).toBe(5);
    await waitFor(
      () => Date.parse(ana.got.states.at(-1)!.timer!.endsAt!) - Date.now() > 29 * 60_000,
      'the timer has five more minutes',
    );

    ana.got.goes.length = 0;
    expect(await send(ef.socket, 'run:end', { sessionId })).toEqual({ ok: true });
    await waitFor(() => ana.got.goes.length > 0, 'back to the plenary');
    expect(ana.got.goes[0]).toBe(`/assessments/${assessmentId}/report-back?group=${groupIds[0]}`);
    await waitFor(() => !ana.got.states.at(-1)!.breakoutActive && ana.got.states.at(-1)!.timer === null, 'ended');
    run = (await readRun(u.ef)).body;
    expect(run.session!.currentIndex).toBeNull();
    expect(run.session!.nextIndex).toBe(2);
    expect(run.session!.items[1]!.status).toBe('done');
  });

  it('takes followers to the report-back of the item’s group, then to the rating', async () => {
    const ef = await joined(u.ef);
    const ana = await joined(u.ana);
    expect(await send(ef.socket, 'run:start', { sessionId, index: 2 })).toEqual({ ok: true });
    await waitFor(() => ana.got.states.some((s) => s.follow), 'follow-me to the report-back');
    const state = ana.got.states.at(-1)!;
    expect(state.follow).toMatchObject({
      byUserId: u.ef.id,
      path: `/assessments/${assessmentId}/report-back?group=${groupIds[0]}`,
    });
    expect(state.spotlight?.groupId).toBe(groupIds[0]);

    expect(await send(ef.socket, 'run:start', { sessionId, index: 3 })).toEqual({ ok: true });
    await waitFor(() => ana.got.states.at(-1)!.follow?.path.endsWith('/priorities') === true, 'to the rating');
    const run = (await readRun(u.ana)).body;
    expect(run.session!.items.map((i) => i.status)).toEqual(['done', 'done', 'done', 'running', 'planned']);
  });

  it('refuses an item that does not exist, and ending when nothing runs', async () => {
    const ef = await joined(u.ef);
    expect(await send(ef.socket, 'run:start', { sessionId, index: 9 })).toMatchObject({
      ok: false,
      code: 'live.no_such_item',
    });
    expect(await send(ef.socket, 'run:end', { sessionId })).toEqual({ ok: true });
    expect(await send(ef.socket, 'run:end', { sessionId })).toMatchObject({ ok: false, code: 'live.no_running_item' });
    expect(await send(ef.socket, 'run:start', { sessionId: 'nope', index: 0 })).toMatchObject({
      ok: false,
      code: 'sessions.not_found',
    });
  });

  it('refuses an agenda item of an unknown kind, group or owner with a 400 naming the field', async () => {
    as(u.ef);
    const post = (agenda: unknown[]) =>
      sessionsRoute.POST(
        new Request(`http://localhost/api/assessments/${assessmentId}/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost' },
          body: JSON.stringify({ title: 'x', startsAt: new Date().toISOString(), durationMinutes: 60, agenda }),
        }),
        params(),
      );
    for (const [item, field] of [
      [{ title: 'a', kind: 'dance' }, 'agenda.0.kind'],
      [{ title: 'a', kind: 'report-back', groupId: 'no-such-group' }, 'agenda.0.groupId'],
      [{ title: 'a', ownerId: u.stranger.id }, 'agenda.0.ownerId'],
      [{ title: 'a', kind: 'plenary', page: '../../admin' }, 'agenda.0.page'],
    ] as const) {
      const res = await post([item]);
      expect(res.status, field).toBe(400);
      expect(Object.keys(((await res.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors)).toEqual([
        field,
      ]);
    }
  });
});
