import { z } from 'zod';
import { ZRatingValueSchema } from '../contracts/priorities';
import type { TDistribution } from '../domain/priorities/priority-levels';
import { MAX_ROUND_CRITERIA } from '../domain/priorities/added-criteria';
import type { TLiveRefusal } from './live-events';

// Contracts of rating and dot-voting rounds, shared by the server and the client. Votes are
// server-authoritative: every payload is parsed here on the server, checked against the
// voter's role (read again from the database) and the round's state, and stored.

export const MAX_ROUND_ACTIVITIES = 200;
export const MAX_DOT_BUDGET = 50;

const ZId = z.string().min(1).max(64);
const ZRoundOptions = {
  activityIds: z.array(ZId).min(1).max(MAX_ROUND_ACTIVITIES),
  anonymous: z.boolean(),
  results: z.enum(['live', 'hidden']),
};

/** Client payloads, by event name. */
export const ZVotingSchemas = {
  'round:open': z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('rating'),
        ...ZRoundOptions,
        criteria: z.array(z.string().min(1).max(64)).min(1).max(MAX_ROUND_CRITERIA),
      })
      .strict(),
    z
      .object({
        kind: z.literal('dots'),
        ...ZRoundOptions,
        budget: z.number().int().min(1).max(MAX_DOT_BUDGET),
        cap: z.number().int().min(1).max(MAX_DOT_BUDGET),
      })
      .strict(),
  ]),
  'round:close': z.object({ roundId: ZId }).strict(),
  'round:reveal': z.object({ roundId: ZId }).strict(),
  /** The current round and my own ballot in it (after a join or a reload). */
  'round:sync': z.object({}).strict(),
  'rating:set': z
    .object({ roundId: ZId, activityId: ZId, criterion: z.string().min(1).max(64), value: ZRatingValueSchema })
    .strict(),
  'dots:set': z.object({ roundId: ZId, activityId: ZId, dots: z.number().int().min(0).max(MAX_DOT_BUDGET) }).strict(),
} as const;
export type TVotingEventName = keyof typeof ZVotingSchemas;
export type TVotingPayload<E extends TVotingEventName> = z.infer<(typeof ZVotingSchemas)[E]>;

/** Tallies of a rating round: activity id → criterion → distribution. */
export type TRatingTally = Record<string, Record<string, TDistribution>>;

/**
 * A rating tally as sent to the room: activity id → one `[low, medium, high, skip]` count per
 * criterion, in the round's order of criteria. Compact because it goes to every client up to
 * ten times a second: a third of the size of the keyed form for 50 activities on 8 criteria.
 */
export type TWireRatingTally = Record<string, [number, number, number, number][]>;

/** The wire form of a rating tally, criteria in the given order. */
export function compactTally(tally: TRatingTally, criteria: readonly string[]): TWireRatingTally {
  return Object.fromEntries(
    Object.entries(tally).map(([activityId, byCriterion]) => [
      activityId,
      criteria.map((c): [number, number, number, number] => {
        const d = byCriterion[c];
        return d ? [d.low, d.medium, d.high, d.skip] : [0, 0, 0, 0];
      }),
    ]),
  );
}

/**
 * A round as everyone in the room sees it. Only counts: no voter identity is ever next to a
 * rating. `tally` is null while results are hidden; `version` grows with every accepted vote
 * on the server that sent it, so a client can tell which votes a tally already holds.
 */
export type TRoundView = {
  id: string;
  kind: 'rating' | 'dots';
  status: 'open' | 'closed';
  anonymous: boolean;
  results: 'live' | 'hidden';
  revealed: boolean;
  activityIds: string[];
  criteria: string[];
  budget: number | null;
  cap: number | null;
  openedAt: string;
  closedAt: string | null;
  /** How many people have voted at all. */
  voters: number;
  tally: { ratings: TWireRatingTally } | { dots: Record<string, number> } | null;
  version: number;
};

/** My own ballot in a round, sent only to me in answer to my own request. */
export type TMyBallot = {
  ratings: Record<string, Record<string, z.infer<typeof ZRatingValueSchema>>>;
  dots: Record<string, number>;
};

/** Acknowledgements of voting events. */
export type TVotingAck = { ok: true; version?: number } | TLiveRefusal;
export type TRoundSyncAck = { ok: true; round: TRoundView | null; mine: TMyBallot } | TLiveRefusal;
export type TRoundOpenAck = { ok: true; roundId: string } | TLiveRefusal;

/** Voting events the server sends to an assessment's room. */
export type TVotingServerEvents = {
  'round:update': (round: TRoundView) => void;
};

/** What each voting event answers when it is done. */
export type TVotingOk = {
  [E in TVotingEventName]: Extract<
    E extends 'round:sync' ? TRoundSyncAck : E extends 'round:open' ? TRoundOpenAck : TVotingAck,
    { ok: true }
  >;
};
