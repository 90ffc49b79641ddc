import type { TDb } from '../../db/client';
import { assessmentSteps } from '../../idg/process';
import type { TStepActivityUpdate } from '../../contracts/assessments';
import { DomainError } from '../../domain/shared/errors';
import { audit } from '../shared/audit';

export type TStepActivityStatus = {
  code: string;
  status: TStepActivityUpdate['status'];
  dueDate: string | null;
  ownerId: string | null;
  notes: string;
  updatedAt: string | null;
};

/** Every Annex 4 activity's tracking for an assessment; untouched ones are 'to-do'. */
export async function listStepActivities(db: TDb, assessmentId: string): Promise<Map<string, TStepActivityStatus>> {
  const rows = await db.selectFrom('step_activities').selectAll().where('assessment_id', '=', assessmentId).execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const out = new Map<string, TStepActivityStatus>();
  for (const activity of assessmentSteps.flatMap((s) => s.activities)) {
    const r = byCode.get(activity.code);
    out.set(activity.code, {
      code: activity.code,
      status: r?.status ?? 'to-do',
      dueDate: r?.due_date ?? null,
      ownerId: r?.owner_id ?? null,
      notes: r?.notes ?? '',
      updatedAt: r?.updated_at ?? null,
    });
  }
  return out;
}

/** Records the status, due date, owner and notes of one Annex 4 activity. */
export async function updateStepActivity(
  db: TDb,
  assessmentId: string,
  code: string,
  actorId: string,
  input: TStepActivityUpdate,
): Promise<void> {
  if (!assessmentSteps.some((s) => s.activities.some((a) => a.code === code)))
    throw new DomainError('steps.no_such_activity', { code });
  if (input.ownerId) {
    const owner = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('assessment_id', '=', assessmentId)
      .where('user_id', '=', input.ownerId)
      .executeTakeFirst();
    if (!owner)
      throw new DomainError('steps.owner_not_member', undefined, { fieldErrors: { ownerId: ['Not a member.'] } });
  }
  const values = {
    status: input.status,
    due_date: input.dueDate,
    owner_id: input.ownerId,
    notes: input.notes,
    updated_by: actorId,
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto('step_activities')
    .values({ assessment_id: assessmentId, code, ...values })
    .onConflict((oc) => oc.columns(['assessment_id', 'code']).doUpdateSet(values))
    .execute();
  await audit(db, { assessmentId, actorId, action: 'step-activity.update', detail: { code, status: input.status } });
}
