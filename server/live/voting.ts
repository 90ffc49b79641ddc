import { can } from '../../lib/domain/access/permissions';
import { TrailingThrottle } from './trailing-throttle';
import { assessmentRoom } from '../../lib/realtime/events';
import { type TRoundOpenAck, type TRoundSyncAck, type TVotingAck, type TVotingEventName, type TVotingPayload, ZVotingSchemas } from '../../lib/realtime/voting-events';
import { findMembership } from '../../lib/services/access/membership';
import { VotingError, closeRound, currentRound, findRound, openRound, revealRound, roundView } from '../../lib/services/priorities/priorities-rounds';
import { myBallot, setDots, setRating } from '../../lib/services/priorities/priorities-votes';
import { type TRoundVersions, memoryRoundVersions } from '../scale/round-versions';
import { refuse } from './auth';
import type { TActor, TLiveContext, TLiveSocket } from './context';

/** Tallies of a busy round go to the room at most this often. */
export const TALLY_INTERVAL_MS = 100;

type TAck = TVotingAck | TRoundSyncAck | TRoundOpenAck;
/** What the sender must be allowed: facilitate, vote, or only be a member (to see the round). */
type TNeed = 'session.run' | 'vote' | 'member';

/**
 * Voting rounds over socket.io, server-authoritative: like onLive, every payload is parsed, the
 * sender's membership and role are read again from the database, refusals are logged (and
 * audited when the role forbids it), and every event is acknowledged. Accepted votes bump the
 * round's version and ask for a throttled tally to the room.
 */
export function createVoting(ctx: TLiveContext, versions: TRoundVersions = memoryRoundVersions()): (socket: TLiveSocket) => void {
  // `versions`: per round, the count of accepted votes (every instance's, with Redis); a client compares it with its ack.
  const rounds = new Map<string, string>();
  // One tally read per round at a time: a slow read is followed by one more, never overtaken.
  const reading = new Set<string>();
  const dirty = new Set<string>();
  const flush = (roundId: string) => {
    const assessmentId = rounds.get(roundId);
    if (!assessmentId) return;
    if (reading.has(roundId)) return void dirty.add(roundId);
    reading.add(roundId);
    // Read before the tally: every vote counted here was committed before the query starts.
    versions
      .current(roundId)
      .then(async (version) => {
        const round = await findRound(ctx.db, assessmentId, roundId);
        return round ? roundView(ctx.db, round, version) : null;
      })
      .then(
        (view) => {
          if (view) ctx.io.to(assessmentRoom(assessmentId)).emit('round:update', view);
        },
        (err: unknown) => ctx.logger.warn('live.error', { event: 'round:update', roundId, error: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => {
        reading.delete(roundId);
        if (dirty.delete(roundId)) throttle.request(roundId);
      });
  };
  const throttle = new TrailingThrottle(TALLY_INTERVAL_MS, flush);
  const changed = (assessmentId: string, roundId: string, now: boolean) => {
    rounds.set(roundId, assessmentId);
    if (now) throttle.now(roundId);
    else throttle.request(roundId);
  };
  const accepted = async (assessmentId: string, roundId: string): Promise<number> => {
    const version = await versions.bump(roundId);
    changed(assessmentId, roundId, false);
    return version;
  };

  return (socket) => {
    on(ctx, socket, 'round:open', 'session.run', async (actor, payload) => {
      const roundId = await openRound(ctx.db, actor, payload);
      changed(actor.assessmentId, roundId, true);
      return { ok: true, roundId };
    });
    on(ctx, socket, 'round:close', 'session.run', async (actor, { roundId }) => {
      await closeRound(ctx.db, actor, roundId);
      changed(actor.assessmentId, roundId, true);
    });
    on(ctx, socket, 'round:reveal', 'session.run', async (actor, { roundId }) => {
      await revealRound(ctx.db, actor, roundId);
      changed(actor.assessmentId, roundId, true);
    });
    on(ctx, socket, 'round:sync', 'member', async (actor) => {
      const round = await currentRound(ctx.db, actor.assessmentId);
      if (!round) return { ok: true, round: null, mine: { ratings: {}, dots: {} } };
      rounds.set(round.id, actor.assessmentId);
      const [view, mine] = await Promise.all([versions.current(round.id).then((v) => roundView(ctx.db, round, v)), myBallot(ctx.db, round, actor.userId)]);
      return { ok: true, round: view, mine };
    });
    on(ctx, socket, 'rating:set', 'vote', async (actor, payload) => {
      await setRating(ctx.db, actor, payload);
      return { ok: true, version: await accepted(actor.assessmentId, payload.roundId) };
    });
    on(ctx, socket, 'dots:set', 'vote', async (actor, payload) => {
      await setDots(ctx.db, actor, payload);
      return { ok: true, version: await accepted(actor.assessmentId, payload.roundId) };
    });
  };
}

type THandler<E extends TVotingEventName> = (actor: TActor, payload: TVotingPayload<E>) => Promise<TAck | void>;

function on<E extends TVotingEventName>(ctx: TLiveContext, socket: TLiveSocket, event: E, need: TNeed, handler: THandler<E>): void {
  // socket.io's typed `on` cannot follow a generic event name to its listener type.
  const listen = socket.on.bind(socket) as unknown as (ev: string, fn: (payload: unknown, ack?: unknown) => void) => void;
  listen(event, (payload, ack) => {
    const reply = typeof ack === 'function' ? (ack as (r: TAck) => void) : () => undefined;
    run(ctx, socket, event, need, payload, handler).then(reply, (err: unknown) => {
      ctx.logger.warn('live.error', { event, conn: socket.id, userId: socket.data.user.id, error: err instanceof Error ? err.message : String(err) });
      reply({ ok: false, error: 'server error' });
    });
  });
}

async function run<E extends TVotingEventName>(ctx: TLiveContext, socket: TLiveSocket, event: E, need: TNeed, payload: unknown, handler: THandler<E>): Promise<TAck> {
  const joined = socket.data.live;
  const user = socket.data.user;
  if (!joined) return refuse(ctx, null, event, 'join an assessment first', false);
  const membership = await findMembership(ctx.db, joined.assessmentId, user.id);
  if (!membership) return refuse(ctx, { assessmentId: joined.assessmentId, userId: user.id, name: user.name, role: joined.role }, event, 'not a member', false);
  const actor: TActor = { assessmentId: joined.assessmentId, userId: user.id, name: user.name, role: membership.role };
  // The real client never offers these to a role without the right: a try is forged, and audited.
  if (need !== 'member' && !can(membership.role, need)) return refuse(ctx, actor, event, 'forbidden', true);
  const parsed = ZVotingSchemas[event].safeParse(payload);
  if (!parsed.success) return refuse(ctx, actor, event, 'invalid payload', false);
  try {
    return (await handler(actor, parsed.data as TVotingPayload<E>)) ?? { ok: true };
  } catch (err) {
    if (err instanceof VotingError) return refuse(ctx, actor, event, err.message, false);
    throw err;
  }
}
