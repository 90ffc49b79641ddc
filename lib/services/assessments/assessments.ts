import crypto from 'node:crypto';
import type { TDb } from '../../db/client';
import type { TAssessmentRow } from '../../db/schema';
import { type TRole } from '../../domain/access/roles';
import { ZRoleSchema } from '../../domain/access/role-schema';
import { checklistAreas } from '../../idg/checklist';
import type { TAssessment, TCreateAssessment } from '../../contracts/assessments';
import type { TLocale } from '../../i18n/locales';
import { audit } from '../shared/audit';
import { setUpSelfAssessment } from './self-assessment';

function toAssessment(row: TAssessmentRow): TAssessment {
  return {
    id: row.id,
    administration: row.administration,
    country: row.country,
    title: row.title,
    scope: row.scope,
    areas: JSON.parse(row.areas) as string[],
    mode: row.mode as 1 | 2 | 3,
    concurrent: Number(row.concurrent_modes) === 1,
    continuity: row.continuity,
    expectedDuration: { min: Number(row.duration_min), max: Number(row.duration_max), unit: row.duration_unit },
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    timeZone: row.time_zone,
    createdAt: row.created_at,
  };
}

/**
 * Creates an assessment with its creator as its first facilitator; a self-assessment starts with
 * its Annex 7 structure, its circular drafted in `locale`.
 */
export async function createAssessment(
  db: TDb,
  creatorId: string,
  input: TCreateAssessment,
  locale: TLocale = 'en',
): Promise<TAssessment> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  // A comprehensive assessment covers every area; a targeted one keeps the guide's order.
  const areas =
    input.scope === 'comprehensive'
      ? checklistAreas.map((a) => a.id)
      : checklistAreas.map((a) => a.id).filter((a) => input.areas.includes(a));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('assessments')
      .values({
        id,
        administration: input.administration,
        country: input.country,
        title: input.title,
        scope: input.scope,
        areas: JSON.stringify(areas),
        mode: input.mode,
        concurrent_modes: input.concurrent ? 1 : 0,
        ...(input.stepOne && {
          continuity: input.stepOne.continuity,
          duration_min: input.stepOne.durationMin,
          duration_max: input.stepOne.durationMax,
          duration_unit: input.stepOne.durationUnit,
        }),
        planned_start: input.plannedStart ?? null,
        planned_end: input.plannedEnd ?? null,
        time_zone: input.timeZone,
        created_by: creatorId,
        created_at: now,
      })
      .execute();
    await trx
      .insertInto('memberships')
      .values({
        assessment_id: id,
        user_id: creatorId,
        role: input.creatorRole,
        organisation: null,
        organisation_type: null,
        expertise: null,
        gender: null,
        joined_at: now,
      })
      .execute();
  });
  await audit(db, {
    assessmentId: id,
    actorId: creatorId,
    action: 'assessment.create',
    detail: { title: input.title },
  });
  const assessment = (await findAssessment(db, id))!;
  if (assessment.mode === 3) await setUpSelfAssessment(db, assessment, creatorId, locale);
  return assessment;
}

/** The assessment with this id, or null. */
export async function findAssessment(db: TDb, id: string): Promise<TAssessment | null> {
  const row = await db.selectFrom('assessments').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAssessment(row) : null;
}

export type TMyAssessment = TAssessment & { myRole: TRole };

/** The assessments a user is a member of, newest first, with their role in each. */
export async function listMyAssessments(db: TDb, userId: string): Promise<TMyAssessment[]> {
  const rows = await db
    .selectFrom('assessments')
    .innerJoin('memberships', 'memberships.assessment_id', 'assessments.id')
    .selectAll('assessments')
    .select('memberships.role')
    .where('memberships.user_id', '=', userId)
    .orderBy('assessments.created_at', 'desc')
    .execute();
  return rows.map((r) => ({ ...toAssessment(r), myRole: ZRoleSchema.parse(r.role) }));
}

/** The roles a user holds across all assessments (for deciding who may create one). */
export async function rolesHeld(db: TDb, userId: string): Promise<TRole[]> {
  const rows = await db.selectFrom('memberships').select('role').distinct().where('user_id', '=', userId).execute();
  return rows.map((r) => ZRoleSchema.parse(r.role));
}
