import { sql } from 'kysely';
import type { TDb } from '../../db/client';
import type { TMyBallot, TVotingPayload } from '../../realtime/voting-events';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { DomainError } from '../../domain/shared/errors';
import { type TRoundMeta, type TRoundRow, roundMeta, voterKey } from './priorities-rounds';

const text = (v: string) => sql<string>`cast(${v} as text)`;

// Whether the round is still open is checked by the write itself (see setRating, setDots).
async function roundFor(
  db: TDb,
  actor: TMembership,
  roundId: string,
  kind: TRoundMeta['kind'],
  activityId: string,
): Promise<TRoundMeta> {
  const round = await roundMeta(db, actor.assessmentId, roundId);
  if (!round || round.kind !== kind) throw new DomainError('voting.no_round');
  if (!round.activityIds.has(activityId)) throw new DomainError('voting.activity_not_in_round');
  return round;
}

// In an anonymous round the audit entry names neither the user nor the voter key: only that a
// rating changed, so the log cannot be joined back to the ratings table.
function auditActor(round: TRoundMeta, actor: TMembership): string | null {
  return round.anonymous ? null : actor.userId;
}

/** Records (or changes) the sender's rating of one activity on one criterion; refused once the round is closed. */
export async function setRating(db: TDb, actor: TMembership, input: TVotingPayload<'rating:set'>): Promise<void> {
  const round = await roundFor(db, actor, input.roundId, 'rating', input.activityId);
  if (!round.criteria.has(input.criterion)) throw new DomainError('voting.criterion_not_in_round');
  const now = new Date().toISOString();
  // The rating and its audit entry commit together: no rating is ever stored unaudited.
  await db.transaction().execute(async (trx) => {
    // Inserted only while the round is still open, in the same statement: nothing gets in after
    // a close, however the two interleave.
    const res = await trx
      .insertInto('ratings')
      .columns(['round_id', 'voter_key', 'activity_id', 'criterion', 'value', 'updated_at'])
      .expression(
        trx
          .selectFrom('rating_rounds')
          .select([
            'id as round_id',
            text(voterKey(round, actor.userId)).as('voter_key'),
            text(input.activityId).as('activity_id'),
            text(input.criterion).as('criterion'),
            text(input.value).as('value'),
            text(now).as('updated_at'),
          ])
          .where('id', '=', round.id)
          .where('status', '=', 'open'),
      )
      .onConflict((oc) =>
        oc
          .columns(['round_id', 'voter_key', 'activity_id', 'criterion'])
          .doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updated_at: eb.ref('excluded.updated_at') })),
      )
      .executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0) === 0) throw new DomainError('voting.round_closed');
    await audit(trx, {
      assessmentId: actor.assessmentId,
      actorId: auditActor(round, actor),
      action: 'rating.set',
      detail: { roundId: round.id, activityId: input.activityId, criterion: input.criterion, value: input.value },
    });
  });
}

// One dot change per voter at a time, so two quick clicks cannot both pass the budget check.
const dotLocks = new Map<string, Promise<void>>();

async function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const before = dotLocks.get(key) ?? Promise.resolve();
  let release = () => undefined as void;
  const mine = new Promise<void>((r) => (release = r));
  const chained = before.then(() => mine);
  dotLocks.set(key, chained);
  await before;
  try {
    return await fn();
  } finally {
    release();
    if (dotLocks.get(key) === chained) dotLocks.delete(key);
  }
}

/** Sets how many of the sender's dots sit on one activity, within the cap per activity and the budget. */
export async function setDots(db: TDb, actor: TMembership, input: TVotingPayload<'dots:set'>): Promise<void> {
  const round = await roundFor(db, actor, input.roundId, 'dots', input.activityId);
  if (input.dots > (round.dot_cap ?? 0)) throw new DomainError('voting.dot_cap', { cap: String(round.dot_cap) });
  const key = voterKey(round, actor.userId);
  await withLock(`${round.id}:${key}`, () =>
    db.transaction().execute(async (trx) => {
      const still = await trx
        .selectFrom('rating_rounds')
        .select('status')
        .where('id', '=', round.id)
        .executeTakeFirst();
      if (still?.status !== 'open') throw new DomainError('voting.round_closed');
      const others = await trx
        .selectFrom('dot_votes')
        .select((eb) => eb.fn.sum<string | number>('dots').as('n'))
        .where('round_id', '=', round.id)
        .where('voter_key', '=', key)
        .where('activity_id', '!=', input.activityId)
        .executeTakeFirst();
      if (Number(others?.n ?? 0) + input.dots > (round.dot_budget ?? 0))
        throw new DomainError('voting.dot_budget', { budget: String(round.dot_budget) });
      if (input.dots === 0) {
        await trx
          .deleteFrom('dot_votes')
          .where('round_id', '=', round.id)
          .where('voter_key', '=', key)
          .where('activity_id', '=', input.activityId)
          .execute();
      } else {
        const row = { dots: input.dots, updated_at: new Date().toISOString() };
        await trx
          .insertInto('dot_votes')
          .values({ round_id: round.id, voter_key: key, activity_id: input.activityId, ...row })
          .onConflict((oc) => oc.columns(['round_id', 'voter_key', 'activity_id']).doUpdateSet(row))
          .execute();
      }
    }),
  );
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: auditActor(round, actor),
    action: 'dots.set',
    detail: { roundId: round.id, activityId: input.activityId, dots: input.dots },
  });
}

/** The sender's own ratings and dots in a round, for their grid after a reload; only ever sent to them. */
export async function myBallot(db: TDb, round: TRoundRow, userId: string): Promise<TMyBallot> {
  const key = voterKey(round, userId);
  const ballot: TMyBallot = { ratings: {}, dots: {} };
  if (round.kind === 'rating') {
    const rows = await db
      .selectFrom('ratings')
      .select(['activity_id', 'criterion', 'value'])
      .where('round_id', '=', round.id)
      .where('voter_key', '=', key)
      .execute();
    for (const r of rows) (ballot.ratings[r.activity_id] ??= {})[r.criterion] = r.value;
  } else {
    const rows = await db
      .selectFrom('dot_votes')
      .select(['activity_id', 'dots'])
      .where('round_id', '=', round.id)
      .where('voter_key', '=', key)
      .execute();
    for (const r of rows) ballot.dots[r.activity_id] = r.dots;
  }
  return ballot;
}
