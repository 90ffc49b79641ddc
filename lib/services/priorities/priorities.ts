import 'server-only';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { activityResult, rankByScore } from '../../domain/priorities/priority-aggregate';
import { assertCan } from '../../domain/access/assert-can';
import { priorityWords } from '../../domain/priorities/priority-words';
import { audit } from '../shared/audit';
import { listActivities } from './candidate-activities';
import type { TMembership } from '../access/membership';
import type { TCandidateActivity, TPriorities, TWeights } from '../../contracts/priorities';
import { ratingTally, resultsVisible, roundView } from './priorities-rounds';
import { assessmentCriteriaIds, listAddedCriteria } from './added-criteria';

/** Each criterion's weight in an assessment's combined priority: 1 unless a facilitator set it. */
export async function readWeights(db: TDb, assessmentId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('priority_weights')
    .select(['criterion', 'weight'])
    .where('assessment_id', '=', assessmentId)
    .execute();
  const set = new Map(rows.map((r) => [r.criterion, Number(r.weight)]));
  const criteria = await assessmentCriteriaIds(db, assessmentId);
  return Object.fromEntries(criteria.map((c) => [c, set.get(c) ?? 1]));
}

/** Sets criteria weights; facilitators only. */
export async function setWeights(db: TDb, actor: TMembership, input: TWeights): Promise<Record<string, number>> {
  assertCan(actor, 'session.run', 'priorities.weights_forbidden');
  const known = new Set(await assessmentCriteriaIds(db, actor.assessmentId));
  if (Object.keys(input.weights).some((c) => !known.has(c))) throw new DomainError('priorities.unknown_criterion');
  const rows = Object.entries(input.weights).map(([criterion, weight]) => ({
    assessment_id: actor.assessmentId,
    criterion,
    weight,
  }));
  if (rows.length) {
    await db
      .insertInto('priority_weights')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['assessment_id', 'criterion']).doUpdateSet((eb) => ({ weight: eb.ref('excluded.weight') })),
      )
      .execute();
  }
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'priorities.weights',
    detail: { weights: input.weights },
  });
  return readWeights(db, actor.assessmentId);
}

/**
 * The active candidate activities, ranked by the latest rating round whose results may be shown
 * (closed, or open with live or revealed results), with their sources and agreed priority.
 * Only counts leave here: never who rated. A page that has listed every activity already passes
 * them, and the active ones are taken from that list.
 */
export async function priorities(
  db: TDb,
  assessmentId: string,
  listed?: readonly TCandidateActivity[],
): Promise<TPriorities> {
  const [activities, weights, rounds, addedCriteria] = await Promise.all([
    listed ? listed.filter((a) => a.status === 'active') : listActivities(db, assessmentId, true),
    readWeights(db, assessmentId),
    db
      .selectFrom('rating_rounds')
      .selectAll()
      .where('assessment_id', '=', assessmentId)
      .where('kind', '=', 'rating')
      .orderBy('opened_at', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    listAddedCriteria(db, assessmentId),
  ]);
  const round = rounds.find((r) => resultsVisible(r)) ?? null;
  const tally = round ? await ratingTally(db, round) : {};
  const roundCriteria = round ? (JSON.parse(round.criteria) as string[]) : [];
  const scored = activities.map((a) => {
    const result = tally[a.id]
      ? activityResult(tally[a.id]!, weights)
      : { criteria: {}, score: null, disagreement: false };
    return {
      ...a,
      ratings: result.criteria,
      score: result.score,
      disagreement: result.disagreement,
      words: priorityWords(result.criteria, tally[a.id] ? roundCriteria : [], result.score),
    };
  });
  const view = round ? await roundView(db, round, 0) : null;
  return {
    round: view && {
      id: view.id,
      status: view.status,
      criteria: view.criteria,
      voters: view.voters,
      openedAt: view.openedAt,
      closedAt: view.closedAt,
    },
    weights,
    addedCriteria,
    activities: rankByScore(scored),
  };
}
