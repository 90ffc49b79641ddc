import 'server-only';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { planActivities } from '../../domain/plan/plan-tree';
import { sortNewPlan } from '../../domain/monitoring/plan-continuity';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { readPlanDraft } from '../plan/plan';
import { carryActivity } from './carry-activity';
import { monitoringOverview } from './monitoring';
import { reviewRoundOf } from './review-round';
import type { TContinuityInput, TNewPlan } from '../../contracts/review';

/**
 * The round's new plan sorted the guide's way (Part VI): the previous plan's activities continued,
 * varied, not carried or still to sort, and the new plan draft's activities that come from none of
 * them; null for a first round.
 */
export async function newPlan(db: TDb, assessmentId: string): Promise<TNewPlan | null> {
  const round = await reviewRoundOf(db, assessmentId);
  if (!round) return null;
  const [overview, decisions, carried, draft] = await Promise.all([
    monitoringOverview(db, round.previousAssessmentId),
    db
      .selectFrom('activity_continuity')
      .select(['from_activity_id', 'decision', 'variation'])
      .where('assessment_id', '=', assessmentId)
      .execute(),
    db
      .selectFrom('carried_activities')
      .select(['candidate_id', 'from_activity_id'])
      .where('assessment_id', '=', assessmentId)
      .execute(),
    readPlanDraft(db, assessmentId),
  ]);
  return sortNewPlan(
    overview.activities.map((a) => ({
      id: a.id,
      number: a.number,
      title: a.title,
      status: a.status,
      percent: a.percent,
    })),
    new Map(decisions.map((d) => [d.from_activity_id, { decision: d.decision, variation: d.variation }])),
    new Map(carried.map((c) => [c.candidate_id, c.from_activity_id])),
    planActivities(draft),
  );
}

/**
 * Sorts one previous activity (facilitators): continued or varied carries it into the round's
 * candidate activities (again, if it was withdrawn), not carried withdraws its candidate activity.
 */
export async function setContinuity(db: TDb, actor: TMembership, input: TContinuityInput): Promise<void> {
  assertCan(actor, 'round.start', 'review_round.forbidden');
  const round = await reviewRoundOf(db, actor.assessmentId);
  if (!round) throw new DomainError('review_round.not_a_round');
  const previous = await monitoringOverview(db, round.previousAssessmentId);
  const activity = previous.activities.find((a) => a.id === input.activityId);
  if (!activity) throw new DomainError('review_round.activity_not_in_plan');
  const now = new Date().toISOString();
  const values = {
    decision: input.decision,
    variation: input.decision === 'varied' ? input.variation : '',
    decided_by: actor.userId,
    decided_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('activity_continuity')
      .values({ assessment_id: actor.assessmentId, from_activity_id: activity.id, ...values })
      .onConflict((oc) => oc.columns(['assessment_id', 'from_activity_id']).doUpdateSet(values))
      .execute();
    const candidates = (
      await trx
        .selectFrom('carried_activities')
        .select('candidate_id')
        .where('assessment_id', '=', actor.assessmentId)
        .where('from_activity_id', '=', activity.id)
        .execute()
    ).map((c) => c.candidate_id);
    if (input.decision !== 'dropped' && candidates.length === 0) {
      await carryActivity(trx, round, activity, actor.userId, now);
    } else if (candidates.length > 0) {
      // Only the carried candidates still in play change; one merged into another stays merged.
      const move =
        input.decision === 'dropped'
          ? ({ from: 'active', to: 'withdrawn' } as const)
          : ({ from: 'withdrawn', to: 'active' } as const);
      await trx
        .updateTable('candidate_activities')
        .set({ status: move.to, updated_at: now })
        .where('id', 'in', candidates)
        .where('status', '=', move.from)
        .execute();
    }
  });
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'round.continuity',
    detail: { activityId: activity.id, number: activity.number, decision: input.decision },
  });
}
