import { TrailingThrottle } from './trailing-throttle';
import { assessmentRoom } from '../../lib/realtime/events';
import { ZVotingSchemas } from '../../lib/realtime/voting-events';
import {
  closeRound,
  currentRound,
  findRound,
  openRound,
  revealRound,
  roundView,
} from '../../lib/services/priorities/priorities-rounds';
import { myBallot, setDots, setRating } from '../../lib/services/priorities/priorities-votes';
import { notifyRoundOpened } from '../../lib/services/notifications/on-workshop';
import { type TRoundVersions, memoryRoundVersions } from '../scale/round-versions';
import type { TLiveContext, TLiveSocket } from './context';
import { DONE, onLive } from './pipeline';

/** Tallies of a busy round go to the room at most this often. */
export const TALLY_INTERVAL_MS = 100;

/**
 * Voting rounds over socket.io, server-authoritative, each event through onLive (facilitators
 * run rounds, voters vote, any member reads the round). Accepted votes bump the round's version
 * and ask for a throttled tally to the room.
 */
export function createVoting(
  ctx: TLiveContext,
  versions: TRoundVersions = memoryRoundVersions(),
): (socket: TLiveSocket) => void {
  // `versions`: per round, the count of accepted votes (every instance's, with Redis); a client
  // compares it with its ack.
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
        (err: unknown) =>
          ctx.logger.warn('live.error', {
            event: 'round:update',
            roundId,
            error: err instanceof Error ? err.message : String(err),
          }),
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
    onLive(ctx, socket, 'round:open', {
      schema: ZVotingSchemas['round:open'],
      who: 'session.run',
      handler: async (actor, payload) => {
        const roundId = await openRound(ctx.db, actor, payload);
        changed(actor.assessmentId, roundId, true);
        if (payload.kind === 'rating') await notifyRoundOpened(ctx.db, actor);
        return { ok: true, roundId };
      },
    });
    onLive(ctx, socket, 'round:close', {
      schema: ZVotingSchemas['round:close'],
      who: 'session.run',
      handler: async (actor, { roundId }) => {
        await closeRound(ctx.db, actor, roundId);
        changed(actor.assessmentId, roundId, true);
        return DONE;
      },
    });
    onLive(ctx, socket, 'round:reveal', {
      schema: ZVotingSchemas['round:reveal'],
      who: 'session.run',
      handler: async (actor, { roundId }) => {
        await revealRound(ctx.db, actor, roundId);
        changed(actor.assessmentId, roundId, true);
        return DONE;
      },
    });
    onLive(ctx, socket, 'round:sync', {
      schema: ZVotingSchemas['round:sync'],
      who: 'member',
      handler: async (actor) => {
        const round = await currentRound(ctx.db, actor.assessmentId);
        if (!round) return { ok: true, round: null, mine: { ratings: {}, dots: {} } };
        rounds.set(round.id, actor.assessmentId);
        const [view, mine] = await Promise.all([
          versions.current(round.id).then((v) => roundView(ctx.db, round, v)),
          myBallot(ctx.db, round, actor.userId),
        ]);
        return { ok: true, round: view, mine };
      },
    });
    onLive(ctx, socket, 'rating:set', {
      schema: ZVotingSchemas['rating:set'],
      who: 'vote',
      handler: async (actor, payload) => {
        await setRating(ctx.db, actor, payload);
        return { ok: true, version: await accepted(actor.assessmentId, payload.roundId) };
      },
    });
    onLive(ctx, socket, 'dots:set', {
      schema: ZVotingSchemas['dots:set'],
      who: 'vote',
      handler: async (actor, payload) => {
        await setDots(ctx.db, actor, payload);
        return { ok: true, version: await accepted(actor.assessmentId, payload.roundId) };
      },
    });
  };
}
