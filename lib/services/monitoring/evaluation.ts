import 'server-only';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { monitoredPlan } from './monitoring-plan';
import type { TEvaluation, TEvaluationInput } from '../../contracts/monitoring';

/** Every Part V judgement recorded for an assessment's adopted objectives and KPIs. */
export async function listEvaluations(db: TDb, assessmentId: string): Promise<TEvaluation[]> {
  const rows = await db
    .selectFrom('evaluations')
    .innerJoin('users', 'users.id', 'evaluations.updated_by')
    .select([
      'evaluations.subject_kind',
      'evaluations.subject_id',
      'evaluations.criterion',
      'evaluations.judgement',
      'evaluations.evidence',
      'evaluations.updated_at',
      'users.id as userId',
      'users.name',
    ])
    .where('evaluations.assessment_id', '=', assessmentId)
    .orderBy('evaluations.subject_kind')
    .orderBy('evaluations.subject_id')
    .orderBy('evaluations.criterion')
    .execute();
  return rows.map((r) => ({
    subjectKind: r.subject_kind,
    subjectId: r.subject_id,
    criterion: r.criterion,
    judgement: r.judgement,
    evidence: r.evidence,
    updatedBy: { id: r.userId, name: r.name },
    updatedAt: r.updated_at,
  }));
}

/**
 * Records (or replaces) the judgement of an adopted objective or KPI on one criterion, with its
 * evidence; facilitators only.
 */
export async function setEvaluation(db: TDb, actor: TMembership, input: TEvaluationInput): Promise<void> {
  assertCan(actor, 'evaluation.edit', 'evaluation.forbidden');
  const plan = await monitoredPlan(db, actor.assessmentId);
  if (!plan) throw new DomainError('evaluation.no_adopted_plan');
  const ids =
    input.subjectKind === 'kpi'
      ? plan.kpiSheets.map((k) => k.id)
      : plan.draft.outcomes.flatMap((o) => o.objectives.map((j) => j.id));
  if (!ids.includes(input.subjectId))
    throw new DomainError(
      input.subjectKind === 'kpi' ? 'evaluation.kpi_not_in_plan' : 'evaluation.objective_not_in_plan',
      undefined,
      { fieldErrors: { subjectId: ['Pick one from the adopted plan.'] } },
    );
  const now = new Date().toISOString();
  const values = { judgement: input.judgement, evidence: input.evidence, updated_by: actor.userId, updated_at: now };
  await db
    .insertInto('evaluations')
    .values({
      assessment_id: actor.assessmentId,
      subject_kind: input.subjectKind,
      subject_id: input.subjectId,
      criterion: input.criterion,
      ...values,
    })
    .onConflict((oc) => oc.columns(['assessment_id', 'subject_kind', 'subject_id', 'criterion']).doUpdateSet(values))
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'evaluation.set',
    detail: {
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      criterion: input.criterion,
      judgement: input.judgement,
    },
  });
}
