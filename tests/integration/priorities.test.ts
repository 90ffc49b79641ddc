// Rating rounds against the real socket.io server on port 0 (no Next), with real socket.io-client
// connections signed in by real next-auth cookies, on every database: exact tallies under load,
// anonymity of anonymous rounds in everything a client receives, and refusals.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type TRoundView, type TVotingAck, compactTally } from '@/lib/realtime/voting-events';
import { createActivity } from '@/lib/services/priorities/candidate-activity-changes';
import { priorities } from '@/lib/services/priorities/priorities';
import { voterKey } from '@/lib/services/priorities/priorities-rounds';
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

const VOTERS = 60;
const LEVELS = ['low', 'medium', 'high', 'skip'] as const;

describe.each(dbKinds)('priorities on %s', (kind) => {
  let t: TTestDb;
  let url = '';
  let closeHttp: () => Promise<void>;
  const clients: TClient[] = [];
  let assessmentId = '';
  let ef: TTestUser;
  let obs: TTestUser;
  const voters: TTestUser[] = [];
  const activityIds: string[] = [];

  beforeAll(async () => {
    t = await createTestDb(kind);
    ef = await createUser(t.db, 'ef');
    obs = await createUser(t.db, 'obs');
    assessmentId = await createAssessment(t.db, ef);
    await addMember(t.db, assessmentId, ef, 'EF');
    await addMember(t.db, assessmentId, obs, 'OBS');
    for (let i = 0; i < VOTERS; i++) {
      const v = await createUser(t.db, `voter${i}`);
      await addMember(t.db, assessmentId, v, i % 2 ? 'IC' : 'XC');
      voters.push(v);
    }
    const actor = { assessmentId, userId: ef.id, role: 'EF' as const };
    for (const title of ['Rotate staff', 'Publish tariffs', 'Audit trail'])
      activityIds.push(await createActivity(t.db, actor, { title, description: '', sources: ['transparency.20'] }));
    ({ url, close: closeHttp } = await startLiveServer(t.db, { info: () => undefined, warn: () => undefined }));
  });

  afterEach(() => {
    for (const c of clients.splice(0)) c.disconnect();
  });

  afterAll(async () => {
    await closeHttp?.();
    await t?.close();
  });

  /** A joined client of `user` with every event it received, in order. */
  async function joined(user: TTestUser) {
    const received: { event: string; args: unknown[] }[] = [];
    const rounds: TRoundView[] = [];
    const socket = await connectLiveClient(url, user, (s) => {
      clients.push(s);
      s.onAny((event: string, ...args: unknown[]) => received.push({ event, args }));
      s.on('round:update', (r) => rounds.push(r));
    });
    const ack = await socket.emitWithAck('assessment:join', { assessmentId });
    if (!ack.ok) throw new Error(ack.error);
    return { socket, received, rounds };
  }

  const send = (socket: TClient, event: 'rating:set' | 'round:close' | 'round:reveal' | 'dots:set', payload: unknown) =>
    (socket.emitWithAck as unknown as (e: string, p: unknown) => Promise<TVotingAck>)(event, payload);
  const open = async (socket: TClient, payload: unknown): Promise<string> => {
    const ack = await socket.emitWithAck('round:open', payload);
    if (!ack.ok) throw new Error(ack.error);
    return ack.roundId;
  };
  const valueOf = (voter: number, activity: number, criterion: number) =>
    LEVELS[(voter * 7 + activity * 3 + criterion) % 4]!;

  it(`counts every rating of ${VOTERS} clients rating at once, exactly`, async () => {
    const facilitator = await joined(ef);
    const all = await Promise.all(voters.map((v) => joined(v)));
    const criteria = ['importance', 'cost'];
    const roundId = await open(facilitator.socket, {
      kind: 'rating',
      activityIds,
      criteria,
      anonymous: false,
      results: 'live',
    });
    // Every voter rates every cell, then changes one: the change replaces, never adds.
    const acks = await Promise.all(
      all.map(async (c, v) => {
        const out: TVotingAck[] = [];
        for (let a = 0; a < activityIds.length; a++)
          for (let k = 0; k < criteria.length; k++)
            out.push(
              await send(c.socket, 'rating:set', {
                roundId,
                activityId: activityIds[a],
                criterion: criteria[k],
                value: valueOf(v, a, k),
              }),
            );
        out.push(
          await send(c.socket, 'rating:set', {
            roundId,
            activityId: activityIds[0],
            criterion: 'importance',
            value: 'high',
          }),
        );
        return out;
      }),
    );
    expect(acks.flat().every((a) => a.ok)).toBe(true);
    const expected = Object.fromEntries(
      activityIds.map((id, a) => [
        id,
        Object.fromEntries(
          criteria.map((c, k) => {
            const d = { low: 0, medium: 0, high: 0, skip: 0 };
            for (let v = 0; v < VOTERS; v++) d[a === 0 && k === 0 ? 'high' : valueOf(v, a, k)] += 1;
            return [c, d];
          }),
        ),
      ]),
    );
    const total = VOTERS * (activityIds.length * criteria.length + 1);
    for (const c of [facilitator, all[0]!, all[VOTERS - 1]!]) {
      await waitFor(() => c.rounds.at(-1)?.version === total, 'the last tally');
      expect(c.rounds.at(-1)).toMatchObject({ voters: VOTERS, tally: { ratings: compactTally(expected, criteria) } });
    }
    const rows = await t.db.selectFrom('ratings').select('voter_key').where('round_id', '=', roundId).execute();
    expect(rows).toHaveLength(VOTERS * activityIds.length * criteria.length);
    expect(await send(facilitator.socket, 'round:close', { roundId })).toEqual({ ok: true });
  });

  it('in an anonymous round, nothing anyone receives puts a voter next to a rating', async () => {
    const facilitator = await joined(ef);
    const crowd = await Promise.all(voters.slice(0, 5).map((v) => joined(v)));
    const roundId = await open(facilitator.socket, {
      kind: 'rating',
      activityIds,
      criteria: ['impact', 'ease'],
      anonymous: true,
      results: 'live',
    });
    const answers: unknown[] = [];
    for (const [i, c] of crowd.entries()) {
      answers.push(
        await send(c.socket, 'rating:set', {
          roundId,
          activityId: activityIds[1],
          criterion: 'impact',
          value: LEVELS[i % 3],
        }),
      );
      answers.push(await c.socket.emitWithAck('round:sync', {}));
    }
    answers.push(await facilitator.socket.emitWithAck('round:sync', {}));
    await waitFor(() => facilitator.rounds.some((r) => r.id === roundId && r.voters === 5), 'the count of voters');
    answers.push(await priorities(t.db, assessmentId));
    const round = { id: roundId, anonymous: 1 };
    const identities = voters.slice(0, 5).flatMap((v, i) => [v.id, `voter${i}`, voterKey(round, v.id)]);
    const everything = [...answers, ...[facilitator, ...crowd].flatMap((c) => c.received)];
    for (const item of everything) {
      const json = JSON.stringify(item);
      // Presence lists carry ids, but never beside a rating; rating payloads carry no identity.
      if (/"(low|medium|high)"|tally|ratings|"rating:|round:/.test(json))
        for (const id of identities) expect(json).not.toContain(id);
    }
    // The database stores only HMAC keys, and the audit log neither the user nor the key.
    const stored = await t.db.selectFrom('ratings').select('voter_key').where('round_id', '=', roundId).execute();
    expect(stored.map((s) => s.voter_key).sort()).toEqual(
      voters
        .slice(0, 5)
        .map((v) => voterKey(round, v.id))
        .sort(),
    );
    const audited = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'detail'])
      .where('action', '=', 'rating.set')
      .execute();
    const mine = audited.filter((a) => a.detail.includes(roundId));
    expect(mine).toHaveLength(5);
    for (const a of mine) {
      expect(a.actor_id).toBeNull();
      for (const id of identities) expect(a.detail).not.toContain(id);
    }
    expect(await send(facilitator.socket, 'round:close', { roundId })).toEqual({ ok: true });
  });

  it('refuses an observer’s rating and any rating after close, and stores nothing of them', async () => {
    const facilitator = await joined(ef);
    const observer = await joined(obs);
    const voter = await joined(voters[0]!);
    const roundId = await open(facilitator.socket, {
      kind: 'rating',
      activityIds,
      criteria: ['urgency'],
      anonymous: false,
      results: 'hidden',
    });
    const cell = { roundId, activityId: activityIds[2], criterion: 'urgency', value: 'high' };
    expect(await send(observer.socket, 'rating:set', cell)).toEqual({
      ok: false,
      error: 'forbidden',
      code: 'live.forbidden',
    });
    expect(await send(voter.socket, 'rating:set', cell)).toMatchObject({ ok: true });
    expect(await send(voter.socket, 'round:close', { roundId })).toEqual({
      ok: false,
      error: 'forbidden',
      code: 'live.forbidden',
    });
    await waitFor(() => facilitator.rounds.some((r) => r.id === roundId && r.voters === 1), 'the count');
    // Hidden results: the room sees only how many rated.
    expect(facilitator.rounds.filter((r) => r.id === roundId).every((r) => r.tally === null)).toBe(true);
    expect(await send(facilitator.socket, 'round:close', { roundId })).toEqual({ ok: true });
    expect(await send(voter.socket, 'rating:set', { ...cell, value: 'low' })).toEqual({
      ok: false,
      error: 'round closed',
      code: 'voting.round_closed',
    });
    const rows = await t.db.selectFrom('ratings').select(['value']).where('round_id', '=', roundId).execute();
    expect(rows).toEqual([{ value: 'high' }]);
    const refused = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'detail'])
      .where('action', '=', 'live.refused')
      .execute();
    expect(refused.some((r) => r.actor_id === obs.id && r.detail.includes('rating:set'))).toBe(true);
    expect(await send(facilitator.socket, 'round:reveal', { roundId })).toEqual({ ok: true });
    await waitFor(() => facilitator.rounds.some((r) => r.id === roundId && r.tally !== null), 'the revealed tally');
    expect((await priorities(t.db, assessmentId)).round?.id).toBe(roundId);
  });

  it('keeps dots within the budget and the cap, and totals them live', async () => {
    const facilitator = await joined(ef);
    const voter = await joined(voters[1]!);
    const roundId = await open(facilitator.socket, {
      kind: 'dots',
      activityIds,
      budget: 3,
      cap: 2,
      anonymous: false,
      results: 'live',
    });
    expect(await send(voter.socket, 'dots:set', { roundId, activityId: activityIds[0], dots: 3 })).toMatchObject({
      ok: false,
    });
    expect(await send(voter.socket, 'dots:set', { roundId, activityId: activityIds[0], dots: 2 })).toMatchObject({
      ok: true,
    });
    expect(await send(voter.socket, 'dots:set', { roundId, activityId: activityIds[1], dots: 2 })).toEqual({
      ok: false,
      error: 'only 3 dots to place',
      code: 'voting.dot_budget',
    });
    expect(await send(voter.socket, 'dots:set', { roundId, activityId: activityIds[1], dots: 1 })).toMatchObject({
      ok: true,
    });
    await waitFor(() => {
      const tally = facilitator.rounds.at(-1)?.tally;
      return !!tally && 'dots' in tally && tally.dots[activityIds[0]!] === 2 && tally.dots[activityIds[1]!] === 1;
    }, 'the dot totals');
    expect(await send(facilitator.socket, 'round:close', { roundId })).toEqual({ ok: true });
    expect(await send(voter.socket, 'dots:set', { roundId, activityId: activityIds[2], dots: 0 })).toEqual({
      ok: false,
      error: 'round closed',
      code: 'voting.round_closed',
    });
  });
});
