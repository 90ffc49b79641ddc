import 'server-only';
import crypto from 'node:crypto';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { MAX_ADDED_CRITERIA, addedCriterionId } from '../../domain/priorities/added-criteria';
import { DomainError } from '../../domain/shared/errors';
import type { TAddedCriterion, TNewCriterion } from '../../contracts/priorities';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { listAddedCriteria } from './added-criteria';
import { announceChange } from './candidate-activities';

// A round stores its criteria as a JSON array of ids; an added id (`added-` and hex) holds no
// LIKE wildcard, so its quoted form finds the rounds that include it.
const quoted = (id: string) => `%${JSON.stringify(id)}%`;

/** Adds a criterion to the assessment's priority rating; facilitators only, at most MAX_ADDED_CRITERIA. */
export async function addCriterion(db: TDb, actor: TMembership, input: TNewCriterion): Promise<TAddedCriterion[]> {
  assertCan(actor, 'session.run', 'priorities.criteria_forbidden');
  const { assessmentId } = actor;
  const count = await db
    .selectFrom('added_criteria')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  if (Number(count?.n ?? 0) >= MAX_ADDED_CRITERIA)
    throw new DomainError('priorities.too_many_criteria', { max: String(MAX_ADDED_CRITERIA) });
  const id = addedCriterionId(crypto.randomBytes(6).toString('hex'));
  await db
    .insertInto('added_criteria')
    .values({
      assessment_id: assessmentId,
      id,
      name: input.name,
      description: input.description,
      created_by: actor.userId,
      created_at: new Date().toISOString(),
    })
    .execute();
  await audit(db, { assessmentId, actorId: actor.userId, action: 'criterion.added', detail: { id, name: input.name } });
  await announceChange(db, assessmentId);
  return listAddedCriteria(db, assessmentId);
}

/**
 * Removes an added criterion, only while no round has put it to the vote: a round fixes its
 * criteria when it opens, and its ratings and results must keep the criterion they were given on.
 * The check and the delete are one statement, so a round opened meanwhile is not left without it.
 */
export async function removeCriterion(db: TDb, actor: TMembership, criterionId: string): Promise<TAddedCriterion[]> {
  assertCan(actor, 'session.run', 'priorities.criteria_forbidden');
  const { assessmentId } = actor;
  const res = await db
    .deleteFrom('added_criteria')
    .where('assessment_id', '=', assessmentId)
    .where('id', '=', criterionId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('rating_rounds')
            .select('id')
            .where('assessment_id', '=', assessmentId)
            .where('criteria', 'like', quoted(criterionId)),
        ),
      ),
    )
    .executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) {
    const exists = await db
      .selectFrom('added_criteria')
      .select('id')
      .where('assessment_id', '=', assessmentId)
      .where('id', '=', criterionId)
      .executeTakeFirst();
    throw new DomainError(exists ? 'priorities.criterion_in_use' : 'priorities.criterion_not_found');
  }
  // Its weight goes with it: nothing else refers to a criterion no round used.
  await db
    .deleteFrom('priority_weights')
    .where('assessment_id', '=', assessmentId)
    .where('criterion', '=', criterionId)
    .execute();
  await audit(db, { assessmentId, actorId: actor.userId, action: 'criterion.removed', detail: { id: criterionId } });
  await announceChange(db, assessmentId);
  return listAddedCriteria(db, assessmentId);
}
