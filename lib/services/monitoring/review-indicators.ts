import 'server-only';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { REVIEW_INDICATOR_IDS } from '../../domain/monitoring/review-indicators';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { reviewRoundOf } from './review-round';
import type {
  TReviewIndicatorInput,
  TReviewIndicatorRecord,
  TReviewIndicatorsResponse,
} from '../../contracts/review-indicators';

const order = new Map<string, number>(REVIEW_INDICATOR_IDS.map((id, i) => [id, i]));

/** What the working group recorded for Part VI's indicators in one round, in the guide's order. */
export async function listReviewIndicators(db: TDb, assessmentId: string): Promise<TReviewIndicatorRecord[]> {
  const rows = await db
    .selectFrom('review_indicators')
    .innerJoin('users', 'users.id', 'review_indicators.updated_by')
    .select([
      'review_indicators.indicator_id',
      'review_indicators.observation',
      'review_indicators.direction',
      'review_indicators.source',
      'review_indicators.updated_at',
      'users.id as userId',
      'users.name',
    ])
    .where('review_indicators.assessment_id', '=', assessmentId)
    .execute();
  return rows
    .map((r) => ({
      indicatorId: r.indicator_id,
      observation: r.observation,
      direction: r.direction,
      source: r.source,
      updatedBy: { id: r.userId, name: r.name },
      updatedAt: r.updated_at,
    }))
    .sort((a, b) => (order.get(a.indicatorId) ?? 0) - (order.get(b.indicatorId) ?? 0));
}

/** This round's indicators and, when it follows another round, that round's beside them. */
export async function reviewIndicatorsWithPrevious(db: TDb, assessmentId: string): Promise<TReviewIndicatorsResponse> {
  const [indicators, round] = await Promise.all([
    listReviewIndicators(db, assessmentId),
    reviewRoundOf(db, assessmentId),
  ]);
  if (!round) return { indicators, previous: null };
  return {
    indicators,
    previous: {
      assessmentId: round.previousAssessmentId,
      title: round.previousTitle,
      indicators: await listReviewIndicators(db, round.previousAssessmentId),
    },
  };
}

/**
 * Records (or replaces) the group's observation of one indicator in this round. Those who judge the
 * plan's evaluation (the facilitators) record it, as the group's scribe.
 */
export async function setReviewIndicator(db: TDb, actor: TMembership, input: TReviewIndicatorInput): Promise<void> {
  assertCan(actor, 'evaluation.edit', 'review_indicator.forbidden');
  const values = {
    observation: input.observation,
    direction: input.direction,
    source: input.source,
    updated_by: actor.userId,
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto('review_indicators')
    .values({ assessment_id: actor.assessmentId, indicator_id: input.indicatorId, ...values })
    .onConflict((oc) => oc.columns(['assessment_id', 'indicator_id']).doUpdateSet(values))
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'review_indicator.set',
    detail: { indicatorId: input.indicatorId, direction: input.direction },
  });
}
