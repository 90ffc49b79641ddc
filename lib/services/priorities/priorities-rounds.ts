import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import type { TDb } from '../../db/client';
import type { RatingRoundsTable } from '../../db/schema';
import { emptyDistribution } from '../../domain/priorities/priority-levels';
import { DomainError } from '../../domain/shared/errors';
import { type TRatingTally, type TRoundView, type TVotingPayload, compactTally } from '../../realtime/voting-events';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { env } from '../../config/env';
import { assessmentCriteriaIds } from './added-criteria';

export type TRoundRow = Selectable<RatingRoundsTable>;

/**
 * Who voted, as stored: the user id in a named round; in an anonymous round an HMAC of the round
 * and user with the server's secret, so one rating per voter still holds but nobody, the
 * database's readers included, can tell whose it is.
 */
export function voterKey(round: Pick<TRoundRow, 'id' | 'anonymous'>, userId: string): string {
  if (!round.anonymous) return userId;
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is needed to key anonymous votes');
  return crypto.createHmac('sha256', secret).update(`${round.id}:${userId}`).digest('hex');
}

/** One round of an assessment, or null. */
export async function findRound(db: TDb, assessmentId: string, roundId: string): Promise<TRoundRow | null> {
  return (
    (await db
      .selectFrom('rating_rounds')
      .selectAll()
      .where('assessment_id', '=', assessmentId)
      .where('id', '=', roundId)
      .executeTakeFirst()) ?? null
  );
}

/** What never changes about a round once opened: safe to keep in memory between votes. */
export type TRoundMeta = Pick<TRoundRow, 'id' | 'assessment_id' | 'kind' | 'anonymous' | 'dot_budget' | 'dot_cap'> & {
  activityIds: ReadonlySet<string>;
  criteria: ReadonlySet<string>;
};

const metaCache = new Map<string, TRoundMeta>();

/**
 * A round's fixed settings, read once and then kept: every vote needs them, and a busy round
 * gets thousands of votes a second. Its status is not here: the writes themselves check it.
 */
export async function roundMeta(db: TDb, assessmentId: string, roundId: string): Promise<TRoundMeta | null> {
  let meta = metaCache.get(roundId);
  if (!meta) {
    const row = await findRound(db, assessmentId, roundId);
    if (!row) return null;
    const { id, assessment_id, kind, anonymous, dot_budget, dot_cap } = row;
    meta = {
      id,
      assessment_id,
      kind,
      anonymous,
      dot_budget,
      dot_cap,
      activityIds: new Set(JSON.parse(row.activity_ids) as string[]),
      criteria: new Set(JSON.parse(row.criteria) as string[]),
    };
    // Rounds are few; forget the oldest past a bound so a long-lived server does not grow.
    if (metaCache.size >= 500) metaCache.delete(metaCache.keys().next().value!);
    metaCache.set(roundId, meta);
  }
  return meta.assessment_id === assessmentId ? meta : null;
}

/** The open round of an assessment, else its latest one, else null. */
export async function currentRound(db: TDb, assessmentId: string): Promise<TRoundRow | null> {
  const rows = await db
    .selectFrom('rating_rounds')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('opened_at', 'desc')
    .orderBy('id', 'desc')
    .limit(20)
    .execute();
  return rows.find((r) => r.status === 'open') ?? rows[0] ?? null;
}

/** Whether a round's tallies may be shown to the room. */
export function resultsVisible(round: Pick<TRoundRow, 'results' | 'revealed'>): boolean {
  return round.results === 'live' || round.revealed === 1;
}

/** Opens a round over active activities of the assessment; one open round at a time. */
export async function openRound(db: TDb, actor: TMembership, input: TVotingPayload<'round:open'>): Promise<string> {
  const { assessmentId } = actor;
  if (
    await db
      .selectFrom('rating_rounds')
      .select('id')
      .where('assessment_id', '=', assessmentId)
      .where('status', '=', 'open')
      .executeTakeFirst()
  ) {
    throw new DomainError('voting.close_open_round_first');
  }
  const activityIds = [...new Set(input.activityIds)];
  const active = await db
    .selectFrom('candidate_activities')
    .select('id')
    .where('assessment_id', '=', assessmentId)
    .where('status', '=', 'active')
    .where('id', 'in', activityIds)
    .execute();
  if (active.length !== activityIds.length) throw new DomainError('voting.unknown_activity');
  const ordered = input.kind === 'rating' ? await assessmentCriteriaIds(db, assessmentId) : [];
  const known = new Set(ordered);
  const criteria = input.kind === 'rating' ? ordered.filter((c) => input.criteria.includes(c)) : [];
  if (
    input.kind === 'rating' &&
    (criteria.length !== new Set(input.criteria).size || input.criteria.some((c) => !known.has(c)))
  )
    throw new DomainError('voting.unknown_criterion');
  if (input.kind === 'dots' && input.cap > input.budget) throw new DomainError('voting.cap_over_budget');
  const id = crypto.randomUUID();
  await db
    .insertInto('rating_rounds')
    .values({
      id,
      assessment_id: assessmentId,
      kind: input.kind,
      status: 'open',
      anonymous: input.anonymous ? 1 : 0,
      results: input.results,
      revealed: 0,
      activity_ids: JSON.stringify(activityIds),
      criteria: JSON.stringify(criteria),
      dot_budget: input.kind === 'dots' ? input.budget : null,
      dot_cap: input.kind === 'dots' ? input.cap : null,
      opened_by: actor.userId,
      opened_at: new Date().toISOString(),
      closed_at: null,
    })
    .execute();
  await audit(db, {
    assessmentId,
    actorId: actor.userId,
    action: 'round.opened',
    detail: {
      roundId: id,
      kind: input.kind,
      anonymous: input.anonymous,
      results: input.results,
      activities: activityIds.length,
      criteria,
    },
  });
  return id;
}

/** Closes an open round: from now on nothing is accepted in it. */
export async function closeRound(db: TDb, actor: TMembership, roundId: string): Promise<void> {
  const res = await db
    .updateTable('rating_rounds')
    .set({ status: 'closed', closed_at: new Date().toISOString() })
    .where('assessment_id', '=', actor.assessmentId)
    .where('id', '=', roundId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw new DomainError('voting.no_open_round');
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'round.closed',
    detail: { roundId },
  });
}

/** Shows a hidden round's results to the room. */
export async function revealRound(db: TDb, actor: TMembership, roundId: string): Promise<void> {
  const res = await db
    .updateTable('rating_rounds')
    .set({ revealed: 1 })
    .where('assessment_id', '=', actor.assessmentId)
    .where('id', '=', roundId)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw new DomainError('voting.no_round');
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'round.revealed',
    detail: { roundId },
  });
}

/** A rating round's tally: activity → criterion → distribution, every cell present. */
export async function ratingTally(db: TDb, round: TRoundRow): Promise<TRatingTally> {
  const criteria = JSON.parse(round.criteria) as string[];
  const tally: TRatingTally = Object.fromEntries(
    (JSON.parse(round.activity_ids) as string[]).map((a) => [
      a,
      Object.fromEntries(criteria.map((c) => [c, emptyDistribution()])),
    ]),
  );
  const rows = await db
    .selectFrom('ratings')
    .select(['activity_id', 'criterion', 'value', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('round_id', '=', round.id)
    .groupBy(['activity_id', 'criterion', 'value'])
    .execute();
  for (const r of rows) {
    const cell = tally[r.activity_id]?.[r.criterion];
    if (cell) cell[r.value] = Number(r.n);
  }
  return tally;
}

async function dotTally(db: TDb, round: TRoundRow): Promise<Record<string, number>> {
  const totals: Record<string, number> = Object.fromEntries(
    (JSON.parse(round.activity_ids) as string[]).map((a) => [a, 0]),
  );
  const rows = await db
    .selectFrom('dot_votes')
    .select(['activity_id', (eb) => eb.fn.sum<string | number>('dots').as('n')])
    .where('round_id', '=', round.id)
    .groupBy('activity_id')
    .execute();
  for (const r of rows) if (r.activity_id in totals) totals[r.activity_id] = Number(r.n);
  return totals;
}

/** A round as the room sees it: counts of voters always, tallies only when results are visible; never who voted. */
export async function roundView(db: TDb, round: TRoundRow, version: number): Promise<TRoundView> {
  const table = round.kind === 'rating' ? 'ratings' : 'dot_votes';
  const voters = await db
    .selectFrom(table)
    .select((eb) => eb.fn.count<string | number>('voter_key').distinct().as('n'))
    .where('round_id', '=', round.id)
    .executeTakeFirst();
  const tally = !resultsVisible(round)
    ? null
    : round.kind === 'rating'
      ? { ratings: compactTally(await ratingTally(db, round), JSON.parse(round.criteria) as string[]) }
      : { dots: await dotTally(db, round) };
  return {
    id: round.id,
    kind: round.kind,
    status: round.status,
    anonymous: round.anonymous === 1,
    results: round.results,
    revealed: round.revealed === 1,
    activityIds: JSON.parse(round.activity_ids) as string[],
    criteria: JSON.parse(round.criteria) as string[],
    budget: round.dot_budget,
    cap: round.dot_cap,
    openedAt: round.opened_at,
    closedAt: round.closed_at,
    voters: Number(voters?.n ?? 0),
    tally,
    version,
  };
}
