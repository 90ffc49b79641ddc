import 'server-only';
import type { TDb } from '../../db/client';
import { mayChangeMode } from '../../domain/assessments/modes';
import { assertCan } from '../../domain/access/assert-can';
import { DomainError } from '../../domain/shared/errors';
import type { TStepOneChoices } from '../../contracts/assessments';
import type { TMembership } from '../access/membership';
import { audit } from '../shared/audit';
import { workshopStages } from './workshop-status';

/**
 * Records step 1's choices (one-off or continuous, the expected duration): facilitators only, and,
 * like the mode, only while the assessment is prepared, since they frame what follows.
 */
export async function setStepOneChoices(db: TDb, actor: TMembership, input: TStepOneChoices): Promise<void> {
  assertCan(actor, 'assessment.edit', 'step_one.forbidden');
  const stage = (await workshopStages(db, [actor.assessmentId])).get(actor.assessmentId) ?? 'prepare';
  if (!mayChangeMode(stage)) throw new DomainError('step_one.locked');
  await db
    .updateTable('assessments')
    .set({
      continuity: input.continuity,
      duration_min: input.durationMin,
      duration_max: input.durationMax,
      duration_unit: input.durationUnit,
    })
    .where('id', '=', actor.assessmentId)
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'assessment.step_one',
    detail: input,
  });
}
