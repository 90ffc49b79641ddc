// The live room against the real socket.io server on port 0 (no Next), with real
// socket.io-client connections signed in by real next-auth session cookies, on every database.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clockOffsetMs, remainingMs } from '@/lib/domain/workshop/live-timer';
import { SOCKET_PATH, type TJoinAck } from '@/lib/realtime/events';
import type { TLiveAck, TLiveEventName, TLiveSnapshot, TLiveState } from '@/lib/realtime/live-events';
import { createGroup, updateGroup } from '@/lib/services/workshop/groups';
import { allocateArea } from '@/lib/services/workshop/area-allocation';
import { io as connect } from 'socket.io-client';
import { type TLiveClient as TClient, connectLiveClient, startLiveServer } from './helpers/live-harness';
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

type TLogLine = { event: string; fields: Record<string, unknown> };

describe.each(dbKinds)('live room on %s', (kind) => {
  let t: TTestDb;
  let url = '';
  let closeHttp: () => Promise<void>;
  const logs: TLogLine[] = [];
  const clients: TClient[] = [];
  let assessmentId = '';
  const u: Record<'ef' | 'ana' | 'ben' | 'obs' | 'stranger', TTestUser> = {} as Record<
    'ef' | 'ana' | 'ben' | 'obs' | 'stranger',
    TTestUser
  >;
  const groupIds: string[] = [];

  beforeAll(async () => {
    t = await createTestDb(kind);
    for (const who of ['ef', 'ana', 'ben', 'obs', 'stranger'] as const) u[who] = await createUser(t.db, who);
    assessmentId = await createAssessment(t.db, u.ef);
    await addMember(t.db, assessmentId, u.ef, 'EF');
    await addMember(t.db, assessmentId, u.ana, 'IC');
    await addMember(t.db, assessmentId, u.ben, 'IC');
    await addMember(t.db, assessmentId, u.obs, 'OBS');
    const ef = { assessmentId, userId: u.ef.id, role: 'EF' as const };
    for (const [name, member, areas] of [
      ['Group A', u.ana, ['leadership-commitment', 'regulatory-framework']],
      ['Group B', u.ben, ['automation']],
    ] as const) {
      const id = await createGroup(t.db, assessmentId, ef, name);
      await updateGroup(t.db, assessmentId, ef, id, { memberIds: [member.id], rapporteurId: member.id });
      for (const a of areas) await allocateArea(t.db, assessmentId, ef, a, id);
      groupIds.push(id);
    }
    ({ url, close: closeHttp } = await startLiveServer(t.db, {
      info: (event, fields) => logs.push({ event, fields }),
      warn: (event, fields) => logs.push({ event, fields }),
    }));
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.disconnect();
  });

  afterAll(async () => {
    await closeHttp?.();
    await t?.close();
  });

  /** A connected client of `user`, with every live event it received. */
  async function client(user: TTestUser) {
    const got = { states: [] as TLiveState[], goes: [] as string[], hands: [] as string[][] };
    const socket = await connectLiveClient(url, user, (s) => {
      clients.push(s);
      s.on('live:state', (state) => got.states.push(state));
      s.on('breakout:go', ({ path }) => got.goes.push(path));
      s.on('hands:update', (h) => got.hands.push(h.map((x) => x.userId)));
    });
    return { socket, got };
  }

  async function join(socket: TClient): Promise<TJoinAck & { sentAt: number; receivedAt: number }> {
    const sentAt = Date.now();
    const ack = await socket.emitWithAck('assessment:join', { assessmentId });
    return { ...ack, sentAt, receivedAt: Date.now() };
  }

  async function joined(user: TTestUser) {
    const c = await client(user);
    const ack = await join(c.socket);
    if (!ack.ok) throw new Error(`join failed: ${ack.error}`);
    return { ...c, snapshot: ack.snapshot, offset: clockOffsetMs(ack.sentAt, ack.receivedAt, ack.snapshot.serverNow) };
  }

  const send = (socket: TClient, event: TLiveEventName, payload: unknown): Promise<TLiveAck> =>
    socket.emitWithAck(event, payload);
  const liveRow = () =>
    t.db.selectFrom('live_state').selectAll().where('assessment_id', '=', assessmentId).executeTakeFirst();

  it('refuses a connection without a session and a non-member’s join', async () => {
    const anonymous = connect(url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
    });
    clients.push(anonymous);
    await expect(
      new Promise((resolve) => anonymous.once('connect_error', (e: Error) => resolve(e.message))),
    ).resolves.toBe('unauthorised');

    const { socket } = await client(u.stranger);
    expect(await join(socket)).toMatchObject({ ok: false, error: 'not found' });
    expect(await send(socket, 'hand:raise', {})).toEqual({
      ok: false,
      error: 'join an assessment first',
      code: 'live.join_first',
    });
  });

  it('refuses a contributor’s forged facilitator commands, changes nothing and audits them', async () => {
    const before = await liveRow();
    const { socket } = await joined(u.ana);
    const forged: [TLiveEventName, unknown][] = [
      ['breakout:start', {}],
      ['timer:start', { minutes: 5, label: 'Forged' }],
      ['area:lock', { areaId: 'automation' }],
      ['spotlight:set', { groupId: groupIds[0] }],
      ['follow:set', { path: `/assessments/${assessmentId}/groups` }],
      ['hands:clear', {}],
    ];
    for (const [event, payload] of forged)
      expect(await send(socket, event, payload)).toEqual({ ok: false, error: 'forbidden', code: 'live.forbidden' });
    expect(await liveRow()).toEqual(before);
    const audited = await t.db
      .selectFrom('audit_log')
      .select(['action', 'detail', 'actor_id'])
      .where('action', '=', 'live.refused')
      .execute();
    expect(
      audited.filter((a) => a.actor_id === u.ana.id).map((a) => (JSON.parse(a.detail) as { event: string }).event),
    ).toEqual(forged.map(([e]) => e));
    expect(
      logs.filter((l) => l.event === 'live.refused' && l.fields.userId === u.ana.id && l.fields.error === 'forbidden'),
    ).toHaveLength(forged.length);
    // Invalid payloads are refused too, even from a facilitator.
    const ef = await joined(u.ef);
    expect(await send(ef.socket, 'timer:start', { minutes: -1, label: 'x' })).toEqual({
      ok: false,
      error: 'invalid payload',
      code: 'live.invalid_payload',
    });
    expect(await send(ef.socket, 'follow:set', { path: 'https://evil.example/' })).toEqual({
      ok: false,
      error: 'not a page of this assessment',
      code: 'live.not_assessment_page',
    });
    expect(await liveRow()).toEqual(before);
  });

  it('stores the timer’s end instant, and clients (and a reload) compute the same remaining time', async () => {
    const ef = await joined(u.ef);
    const ana = await joined(u.ana);
    const ben = await joined(u.ben);
    const startedAt = Date.now();
    expect(await send(ef.socket, 'timer:start', { minutes: 10, label: 'Breakout' })).toEqual({ ok: true });
    const row = await liveRow();
    expect(row?.timer_label).toBe('Breakout');
    expect(Math.abs(Date.parse(row!.timer_ends_at!) - (startedAt + 10 * 60_000))).toBeLessThan(2000);

    await waitFor(() => ana.got.states.some((s) => s.timer) && ben.got.states.some((s) => s.timer), 'timer state');
    const at = (c: { got: { states: TLiveState[] }; offset: number }) =>
      remainingMs(c.got.states.at(-1)!.timer!, Date.now() + c.offset);
    expect(Math.abs(at(ana) - at(ben))).toBeLessThan(250);
    // A reload: a new connection gets the same end instant in its snapshot.
    const again = await joined(u.ana);
    expect(again.snapshot.state.timer?.endsAt).toBe(row!.timer_ends_at);
    expect(Math.abs(remainingMs(again.snapshot.state.timer!, Date.now() + again.offset) - at(ben))).toBeLessThan(250);

    expect(await send(ef.socket, 'timer:pause', {})).toEqual({ ok: true });
    const paused = await liveRow();
    expect(paused?.timer_ends_at).toBeNull();
    expect(paused?.timer_paused_remaining_ms).toBeGreaterThan(9 * 60_000);
    expect(await send(ef.socket, 'timer:add', { minutes: 2 })).toEqual({ ok: true });
    expect((await liveRow())?.timer_paused_remaining_ms).toBe(paused!.timer_paused_remaining_ms! + 120_000);
    expect(await send(ef.socket, 'timer:resume', {})).toEqual({ ok: true });
    expect((await liveRow())?.timer_ends_at).not.toBeNull();
    expect(await send(ef.socket, 'timer:stop', {})).toEqual({ ok: true });
    expect(await send(ef.socket, 'timer:pause', {})).toEqual({
      ok: false,
      error: 'no timer is running',
      code: 'live.no_timer',
    });
  });

  it('keeps the hands queue in the order hands went up', async () => {
    const ef = await joined(u.ef);
    const ana = await joined(u.ana);
    const ben = await joined(u.ben);
    expect(await send(ben.socket, 'hand:raise', {})).toEqual({ ok: true });
    expect(await send(ana.socket, 'hand:raise', {})).toEqual({ ok: true });
    // Raising again keeps one's place.
    expect(await send(ben.socket, 'hand:raise', {})).toEqual({ ok: true });
    await waitFor(() => JSON.stringify(ef.got.hands.at(-1)) === JSON.stringify([u.ben.id, u.ana.id]), 'ben then ana');
    expect(await send(ana.socket, 'hand:lower', { userId: u.ben.id })).toEqual({
      ok: false,
      error: 'forbidden',
      code: 'live.forbidden',
    });
    expect(await send(ef.socket, 'hand:lower', { userId: u.ben.id })).toEqual({ ok: true });
    await waitFor(() => JSON.stringify(ana.got.hands.at(-1)) === JSON.stringify([u.ana.id]), 'ana alone');
    expect(await send(ef.socket, 'hands:clear', {})).toEqual({ ok: true });
    await waitFor(() => ana.got.hands.at(-1)?.length === 0, 'empty queue');
  });

  it('sends each member their group’s first area when breakouts start', async () => {
    const ef = await joined(u.ef);
    const ana = await joined(u.ana);
    const ben = await joined(u.ben);
    const obs = await joined(u.obs);
    expect(await send(ef.socket, 'breakout:start', {})).toEqual({ ok: true });
    await waitFor(() => ana.got.goes.length > 0 && ben.got.goes.length > 0 && obs.got.goes.length > 0, 'breakout:go');
    expect(ana.got.goes).toEqual([`/assessments/${assessmentId}/checklist/leadership-commitment`]);
    expect(ben.got.goes).toEqual([`/assessments/${assessmentId}/checklist/automation`]);
    expect(obs.got.goes).toEqual([`/assessments/${assessmentId}/groups`]);
    expect((await liveRow())?.breakout_active).toBe(1);

    // Ending them brings everyone back to the plenary page the facilitator ends them from; a
    // page of another site or assessment is refused and changes nothing.
    expect(await send(ef.socket, 'breakout:end', { path: '//evil.example/x' })).toMatchObject({ ok: false });
    expect((await liveRow())?.breakout_active).toBe(1);
    const plenary = `/assessments/${assessmentId}/report-back`;
    expect(await send(ef.socket, 'breakout:end', { path: plenary })).toEqual({ ok: true });
    await waitFor(() => [ana, ben, obs].every((p) => p.got.goes.at(-1) === plenary), 'everyone back in plenary');
    expect((await liveRow())?.breakout_active).toBe(0);
  });

  it('lets the spotlighted group’s rapporteur lead follow-me, and counts a user with two tabs once', async () => {
    const ef = await joined(u.ef);
    const ana = await joined(u.ana);
    const anaTab2 = await joined(u.ana);
    const ben = await joined(u.ben);
    const path = `/assessments/${assessmentId}/checklist/automation`;
    expect(await send(ben.socket, 'follow:set', { path })).toEqual({
      ok: false,
      error: 'forbidden',
      code: 'live.forbidden',
    });
    expect(await send(ef.socket, 'spotlight:set', { groupId: groupIds[1] })).toEqual({ ok: true });
    expect(await send(ben.socket, 'follow:set', { path })).toEqual({ ok: true });
    await waitFor(() => ana.got.states.at(-1)?.follow?.path === path, 'follow reaches ana');
    expect(anaTab2.got.states.at(-1)?.follow).toMatchObject({ byUserId: u.ben.id, byName: 'ben', path });
    // Presenting a finding: its link carries the group and the finding's anchor.
    const finding = `/assessments/${assessmentId}/report-back?group=${groupIds[1]}#finding-0a1b2c`;
    expect(await send(ben.socket, 'follow:set', { path: finding })).toEqual({ ok: true });
    await waitFor(() => ana.got.states.at(-1)?.follow?.path === finding, 'the presented finding reaches ana');
    expect(await send(ana.socket, 'follow:stop', {})).toEqual({
      ok: false,
      error: 'forbidden',
      code: 'live.forbidden',
    });
    expect(await send(ef.socket, 'spotlight:set', { groupId: null })).toEqual({ ok: true });
    // The rapporteur's presentation ends with the spotlight.
    expect((await liveRow())?.follow).toBeNull();

    // Presence says where each is, their group and whether they follow (the leader counts those who do).
    await t.db.updateTable('users').set({ time_zone: 'Africa/Nairobi' }).where('id', '=', u.ben.id).execute();
    const benAgain = await joined(u.ben);
    expect(await send(anaTab2.socket, 'presence:where', { path, following: true })).toEqual({ ok: true });
    expect(await send(anaTab2.socket, 'presence:where', { path, following: 'yes' })).toMatchObject({
      ok: false,
      code: 'live.invalid_payload',
    });
    const snapshot: TLiveSnapshot = (await joined(u.obs)).snapshot;
    expect(snapshot.presence.filter((p) => p.userId === u.ana.id)).toEqual([
      {
        userId: u.ana.id,
        name: 'ana',
        path,
        areaId: 'automation',
        groupId: groupIds[0],
        timeZone: null,
        following: true,
      },
    ]);
    expect(snapshot.presence.find((p) => p.userId === u.ben.id)).toMatchObject({
      groupId: groupIds[1],
      timeZone: 'Africa/Nairobi',
      following: false,
    });
    benAgain.socket.disconnect();
    expect(snapshot.presence.map((p) => p.name)).toEqual(['ana', 'ben', 'ef', 'obs']);
  });

  it('locks and unlocks an area, and throttles reactions', async () => {
    const ef = await joined(u.ef);
    expect(await send(ef.socket, 'area:lock', { areaId: 'automation' })).toEqual({ ok: true });
    expect(await send(ef.socket, 'area:lock', { areaId: 'no-such-area' })).toEqual({
      ok: false,
      error: 'no such area',
      code: 'live.no_such_area',
    });
    const { lockedAreas } = await import('@/lib/services/workshop/live-state');
    expect(await lockedAreas(t.db, assessmentId)).toEqual(new Set(['automation']));
    expect(await send(ef.socket, 'area:unlock', { areaId: 'automation' })).toEqual({ ok: true });
    expect(await lockedAreas(t.db, assessmentId)).toEqual(new Set());

    const ana = await joined(u.ana);
    const seen: string[] = [];
    ef.socket.on('reaction', (r) => seen.push(r.emoji));
    expect(await send(ana.socket, 'reaction', { emoji: '👏' })).toEqual({ ok: true });
    expect(await send(ana.socket, 'reaction', { emoji: '🎉' })).toEqual({
      ok: false,
      error: 'one reaction a second',
      code: 'live.one_reaction_a_second',
    });
    expect(await send(ana.socket, 'reaction', { emoji: '<script>' })).toEqual({
      ok: false,
      error: 'invalid payload',
      code: 'live.invalid_payload',
    });
    await waitFor(() => seen.length === 1, 'one reaction');
    expect(seen).toEqual(['👏']);
  });
});
