import 'server-only';
import crypto from 'node:crypto';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { DomainError } from '../../domain/shared/errors';
import type { TEndorsement, TEndorsementInput } from '../../contracts/plan';
import type { TMembership } from '../access/membership';
import { audit } from '../shared/audit';

/** The recorded endorsements of the action plan by top government officials, by date endorsed. */
export async function listEndorsements(db: TDb, assessmentId: string): Promise<TEndorsement[]> {
  const rows = await db
    .selectFrom('plan_endorsements')
    .innerJoin('users', 'users.id', 'plan_endorsements.recorded_by')
    .select([
      'plan_endorsements.id',
      'plan_endorsements.name',
      'office',
      'endorsed_on',
      'note',
      'plan_endorsements.created_at',
      'users.id as userId',
      'users.name as userName',
    ])
    .where('assessment_id', '=', assessmentId)
    .orderBy('endorsed_on')
    .orderBy('plan_endorsements.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    office: r.office,
    endorsedOn: r.endorsed_on,
    note: r.note,
    recordedBy: { id: r.userId, name: r.userName },
    createdAt: r.created_at,
  }));
}

/**
 * Records a top government official's endorsement of the plan; facilitators only, and only once
 * senior management has adopted a version (the guide has the endorsement follow the adoption).
 */
export async function addEndorsement(db: TDb, actor: TMembership, input: TEndorsementInput): Promise<void> {
  assertCan(actor, 'assessment.edit', 'endorsements.forbidden');
  const adopted = await db
    .selectFrom('plan_submissions')
    .select('id')
    .where('assessment_id', '=', actor.assessmentId)
    .where('status', '=', 'adopted')
    .executeTakeFirst();
  if (!adopted) throw new DomainError('endorsements.not_adopted');
  const id = crypto.randomUUID();
  await db
    .insertInto('plan_endorsements')
    .values({
      id,
      assessment_id: actor.assessmentId,
      name: input.name,
      office: input.office,
      endorsed_on: input.endorsedOn,
      note: input.note,
      recorded_by: actor.userId,
      created_at: new Date().toISOString(),
    })
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'plan.endorsement',
    detail: { endorsementId: id },
  });
}

/** Removes an endorsement recorded by mistake; facilitators only. */
export async function removeEndorsement(db: TDb, actor: TMembership, endorsementId: string): Promise<void> {
  assertCan(actor, 'assessment.edit', 'endorsements.forbidden');
  const res = await db
    .deleteFrom('plan_endorsements')
    .where('id', '=', endorsementId)
    .where('assessment_id', '=', actor.assessmentId)
    .executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw new DomainError('endorsements.not_found');
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'plan.endorsement_removed',
    detail: { endorsementId },
  });
}
