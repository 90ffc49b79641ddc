import 'server-only';
import crypto from 'node:crypto';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import type { TConsultation, TConsultationRecord } from '../../contracts/plan';

/** The consultation log of an assessment, by date consulted. */
export async function listConsultations(db: TDb, assessmentId: string): Promise<TConsultationRecord[]> {
  const rows = await db
    .selectFrom('plan_consultations')
    .innerJoin('users', 'users.id', 'plan_consultations.recorded_by')
    .select([
      'plan_consultations.id',
      'stakeholder',
      'consulted_on',
      'said',
      'changed',
      'plan_consultations.created_at',
      'users.id as userId',
      'users.name',
    ])
    .where('assessment_id', '=', assessmentId)
    .orderBy('consulted_on')
    .orderBy('plan_consultations.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    stakeholder: r.stakeholder,
    consultedOn: r.consulted_on,
    said: r.said,
    changed: r.changed,
    recordedBy: { id: r.userId, name: r.name },
    createdAt: r.created_at,
  }));
}

/** Records a consultation (step 4); plan editors only. */
export async function addConsultation(db: TDb, actor: TMembership, input: TConsultation): Promise<void> {
  assertCan(actor, 'plan.edit', 'consultations.forbidden');
  const id = crypto.randomUUID();
  await db
    .insertInto('plan_consultations')
    .values({
      id,
      assessment_id: actor.assessmentId,
      stakeholder: input.stakeholder,
      consulted_on: input.consultedOn,
      said: input.said,
      changed: input.changed,
      recorded_by: actor.userId,
      created_at: new Date().toISOString(),
    })
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'plan.consultation',
    detail: { consultationId: id },
  });
}
