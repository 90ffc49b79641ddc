import type { TDb } from '../../db/client';
import { isFacilitator, type TRole } from '../../domain/access/roles';
import type { TAssessment, TCreateAssessment } from '../../contracts/assessments';
import { createAssessment } from './assessments';
import { createGroup, updateGroup } from '../workshop/groups';
import { replaceAllocation } from '../workshop/area-allocation';

/** A member placed in a seeded assessment directly, as if they had accepted an invitation. */
export type TSeedMember = {
  userId: string;
  role: TRole;
  organisation: string | null;
  organisationType: string | null;
  expertise: string | null;
  gender: string | null;
};

/** A breakout group of a seeded assessment, with the areas allocated to it. */
export type TSeedGroup = { name: string; memberIds: string[]; rapporteurId: string | null; areaIds: string[] };

/**
 * Creates an assessment whose working group is already in place: its members (existing
 * accounts; the first is the creator and must facilitate) and its breakout groups with their
 * areas. For seeds (the demo, the end-to-end scenarios), which skip the invitations.
 */
export async function seedAssessment(
  db: TDb,
  input: { assessment: Omit<TCreateAssessment, 'creatorRole'>; members: TSeedMember[]; groups: TSeedGroup[] },
): Promise<{ assessment: TAssessment; groupIds: string[] }> {
  const [creator, ...others] = input.members;
  if (!creator || !isFacilitator(creator.role)) throw new Error('The first member must facilitate.');
  // EF, LF or NCP, as isFacilitator has just checked.
  const creatorRole = creator.role as TCreateAssessment['creatorRole'];
  const assessment = await createAssessment(db, creator.userId, { ...input.assessment, creatorRole });
  const now = new Date().toISOString();
  const values = (m: TSeedMember) => ({
    role: m.role,
    organisation: m.organisation,
    organisation_type: m.organisationType,
    expertise: m.expertise,
    gender: m.gender,
  });
  await db
    .updateTable('memberships')
    .set(values(creator))
    .where('assessment_id', '=', assessment.id)
    .where('user_id', '=', creator.userId)
    .execute();
  for (const m of others) {
    await db
      .insertInto('memberships')
      .values({ assessment_id: assessment.id, user_id: m.userId, joined_at: now, ...values(m) })
      .execute();
  }

  const actor = { assessmentId: assessment.id, userId: creator.userId, role: creatorRole };
  const groupIds: string[] = [];
  const placements: { areaId: string; groupId: string }[] = [];
  for (const g of input.groups) {
    const groupId = await createGroup(db, assessment.id, actor, g.name);
    await updateGroup(db, assessment.id, actor, groupId, { memberIds: g.memberIds, rapporteurId: g.rapporteurId });
    groupIds.push(groupId);
    placements.push(...g.areaIds.map((areaId) => ({ areaId, groupId })));
  }
  if (placements.length > 0) await replaceAllocation(db, assessment.id, actor, placements);
  return { assessment, groupIds };
}
