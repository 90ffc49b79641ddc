import type { TDb } from '../../db/client';
import { ZRoleSchema } from '../../domain/access/role-schema';
import { activityApplies, responsibleIn, responsibleRoles, type TModeSetting } from '../../domain/assessments/modes';
import { assessmentSteps } from '../../idg/process';
import type { TStepActivityUpdate } from '../../contracts/assessments';
import { DomainError } from '../../domain/shared/errors';
import { audit } from '../shared/audit';

export type TStepActivityStatus = {
  code: string;
  /** Whether Annex 4 has the activity in the assessment's mode; one that does not is 'not-applicable'. */
  applies: boolean;
  /** Who Annex 4 makes responsible in the assessment's mode; null where it names nobody. */
  responsible: string | null;
  status: TStepActivityUpdate['status'];
  dueDate: string | null;
  ownerId: string | null;
  notes: string;
  updatedAt: string | null;
};

/** The mode an assessment runs in. */
export async function modeSettingOf(db: TDb, assessmentId: string): Promise<TModeSetting> {
  const row = await db
    .selectFrom('assessments')
    .select(['mode', 'concurrent_modes'])
    .where('id', '=', assessmentId)
    .executeTakeFirst();
  if (!row) throw new DomainError('assessment.not_found');
  return { mode: Number(row.mode) as TModeSetting['mode'], concurrent: Number(row.concurrent_modes) === 1 };
}

/**
 * Every Annex 4 activity's tracking for an assessment; untouched ones are 'to-do', and those the
 * mode makes N/A are 'not-applicable' whatever was recorded (the record is kept for a change back).
 */
export async function listStepActivities(db: TDb, assessmentId: string): Promise<Map<string, TStepActivityStatus>> {
  const [rows, setting] = await Promise.all([
    db.selectFrom('step_activities').selectAll().where('assessment_id', '=', assessmentId).execute(),
    modeSettingOf(db, assessmentId),
  ]);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const out = new Map<string, TStepActivityStatus>();
  for (const activity of assessmentSteps.flatMap((s) => s.activities)) {
    const r = byCode.get(activity.code);
    const applies = activityApplies(activity, setting);
    out.set(activity.code, {
      code: activity.code,
      applies,
      responsible: responsibleIn(activity, setting),
      status: applies ? (r?.status ?? 'to-do') : 'not-applicable',
      dueDate: r?.due_date ?? null,
      ownerId: r?.owner_id ?? null,
      notes: r?.notes ?? '',
      updatedAt: r?.updated_at ?? null,
    });
  }
  return out;
}

/**
 * Records the status, due date, owner and notes of one Annex 4 activity that applies in the
 * assessment's mode; its owner holds a role the mode makes responsible for it.
 */
export async function updateStepActivity(
  db: TDb,
  assessmentId: string,
  code: string,
  actorId: string,
  input: TStepActivityUpdate,
): Promise<void> {
  const activity = assessmentSteps.flatMap((s) => s.activities).find((a) => a.code === code);
  if (!activity) throw new DomainError('steps.no_such_activity', { code });
  const setting = await modeSettingOf(db, assessmentId);
  if (!activityApplies(activity, setting)) throw new DomainError('steps.not_applicable_in_mode', { code });
  if (input.ownerId) {
    const owner = await db
      .selectFrom('memberships')
      .select('role')
      .where('assessment_id', '=', assessmentId)
      .where('user_id', '=', input.ownerId)
      .executeTakeFirst();
    if (!owner)
      throw new DomainError('steps.owner_not_member', undefined, { fieldErrors: { ownerId: ['Not a member.'] } });
    const responsible = responsibleIn(activity, setting);
    if (!responsibleRoles(responsible).includes(ZRoleSchema.parse(owner.role)))
      throw new DomainError(
        'steps.owner_not_responsible',
        { code, responsible: responsible ?? '' },
        {
          fieldErrors: { ownerId: [`In this mode, activity ${code} is for: ${responsible ?? ''}.`] },
          fieldParams: { ownerId: [{ code, responsible: responsible ?? '' }] },
        },
      );
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
