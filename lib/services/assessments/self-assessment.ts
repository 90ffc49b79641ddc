import type { TDb } from '../../db/client';
import { type TRole } from '../../domain/access/roles';
import { ZRoleSchema } from '../../domain/access/role-schema';
import { DomainError } from '../../domain/shared/errors';
import type {
  TSelfAssessment,
  TSelfAssessmentUpdate,
  TStructureBody,
  TStructureMemberInput,
} from '../../contracts/modes';
import type { TAssessment } from '../../contracts/assessments';
import { makeFormat } from '../../i18n/format';
import type { TLocale } from '../../i18n/locales';
import { translatorOf } from '../../i18n/messages';
import { audit } from '../shared/audit';

// Annex 7: senior management steers, the administration's facilitators and staff form the
// mid-level working group, external contributors are the external stakeholders.
const BODY_OF_ROLE: Partial<Record<TRole, TStructureBody>> = {
  SM: 'steering',
  LF: 'working',
  NCP: 'working',
  IC: 'working',
  XC: 'stakeholders',
};

/** The circular announcing the initiative to all staff, drafted in `locale` from the assessment's details. */
export function draftCircular(assessment: TAssessment, locale: TLocale): string {
  const t = translatorOf(locale, 'circular');
  const f = makeFormat(locale, 'UTC');
  const period =
    assessment.plannedStart && assessment.plannedEnd
      ? t('period', { start: f.day(assessment.plannedStart), end: f.day(assessment.plannedEnd) })
      : t('periodOpen');
  return t('draft', { administration: assessment.administration, period });
}

/**
 * Sets up a self-assessment's structure (Annex 7) once: the circular drafted, the members placed
 * in the steering group, the working group or among the external stakeholders by their role, and
 * whoever sets it up, when in the working group, its contact person. Kept if the mode changes back.
 */
export async function setUpSelfAssessment(
  db: TDb,
  assessment: TAssessment,
  actorId: string,
  locale: TLocale,
): Promise<void> {
  const now = new Date().toISOString();
  const inserted = await db
    .insertInto('self_assessment_structures')
    .values({
      assessment_id: assessment.id,
      circular: draftCircular(assessment, locale),
      circular_issued_on: null,
      stakeholder_arrangements: '',
      updated_by: actorId,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('assessment_id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
  const members = await db
    .selectFrom('memberships')
    .select(['user_id', 'role'])
    .where('assessment_id', '=', assessment.id)
    .execute();
  const placed = members.flatMap((m) => {
    const body = BODY_OF_ROLE[ZRoleSchema.parse(m.role)];
    if (!body) return [];
    const contact = body === 'working' && m.user_id === actorId ? 1 : 0;
    return [{ assessment_id: assessment.id, user_id: m.user_id, body, contact_person: contact }];
  });
  if (placed.length)
    await db
      .insertInto('structure_members')
      .values(placed.map((p) => ({ ...p, confidentiality_agreed: 0 })))
      .onConflict((oc) => oc.columns(['assessment_id', 'user_id']).doNothing())
      .execute();
  await audit(db, { assessmentId: assessment.id, actorId, action: 'self-assessment.set-up', detail: {} });
}

/** A self-assessment's structure with every member and their place in it, or null when none was set up. */
export async function findSelfAssessment(db: TDb, assessmentId: string): Promise<TSelfAssessment | null> {
  const structure = await db
    .selectFrom('self_assessment_structures')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  if (!structure) return null;
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .leftJoin('structure_members', (j) =>
      j
        .onRef('structure_members.assessment_id', '=', 'memberships.assessment_id')
        .onRef('structure_members.user_id', '=', 'memberships.user_id'),
    )
    .select([
      'memberships.user_id',
      'memberships.role',
      'users.name',
      'structure_members.body',
      'structure_members.contact_person',
      'structure_members.confidentiality_agreed',
    ])
    .where('memberships.assessment_id', '=', assessmentId)
    .orderBy('users.name')
    .execute();
  return {
    circular: structure.circular,
    circularIssuedOn: structure.circular_issued_on,
    stakeholderArrangements: structure.stakeholder_arrangements,
    members: rows.map((r) => ({
      userId: r.user_id,
      name: r.name,
      role: ZRoleSchema.parse(r.role),
      body: r.body ?? null,
      contactPerson: Number(r.contact_person ?? 0) === 1,
      confidentialityAgreed: Number(r.confidentiality_agreed ?? 0) === 1,
    })),
  };
}

async function requireStructure(db: TDb, assessmentId: string): Promise<void> {
  const row = await db
    .selectFrom('self_assessment_structures')
    .select('assessment_id')
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  if (!row) throw new DomainError('self_assessment.not_set_up');
}

/** Records the circular (a draft until its issue date is given) and how external stakeholders take part. */
export async function updateSelfAssessment(
  db: TDb,
  assessmentId: string,
  actorId: string,
  input: TSelfAssessmentUpdate,
): Promise<void> {
  await requireStructure(db, assessmentId);
  await db
    .updateTable('self_assessment_structures')
    .set({
      circular: input.circular,
      circular_issued_on: input.circularIssuedOn,
      stakeholder_arrangements: input.stakeholderArrangements,
      updated_by: actorId,
      updated_at: new Date().toISOString(),
    })
    .where('assessment_id', '=', assessmentId)
    .execute();
  await audit(db, {
    assessmentId,
    actorId,
    action: 'self-assessment.update',
    detail: { circularIssuedOn: input.circularIssuedOn },
  });
}

/**
 * Places a member in the steering group, the working group or among the external stakeholders (or
 * nowhere). Contact persons carry communication between the groups; stakeholders agree to confidentiality.
 */
export async function placeStructureMember(
  db: TDb,
  assessmentId: string,
  actorId: string,
  userId: string,
  input: TStructureMemberInput,
): Promise<void> {
  await requireStructure(db, assessmentId);
  const member = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('assessment_id', '=', assessmentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!member) throw new DomainError('self_assessment.not_member');
  if (input.body === null) {
    await db
      .deleteFrom('structure_members')
      .where('assessment_id', '=', assessmentId)
      .where('user_id', '=', userId)
      .execute();
  } else {
    const values = {
      body: input.body,
      contact_person: input.contactPerson && input.body !== 'stakeholders' ? 1 : 0,
      confidentiality_agreed: input.confidentialityAgreed && input.body === 'stakeholders' ? 1 : 0,
    };
    await db
      .insertInto('structure_members')
      .values({ assessment_id: assessmentId, user_id: userId, ...values })
      .onConflict((oc) => oc.columns(['assessment_id', 'user_id']).doUpdateSet(values))
      .execute();
  }
  await audit(db, { assessmentId, actorId, action: 'self-assessment.place', detail: { userId, body: input.body } });
}
