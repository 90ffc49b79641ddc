import { closeYjsConnections } from '../../collab/access-changes';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { canEditArea } from '../../domain/workshop/breakouts';
import { assertCan } from '../../domain/access/assert-can';
import { findAssessment } from '../assessments/assessments';
import { audit } from '../shared/audit';
import { assessmentScope } from './group-overview';
import type { TPlacement } from '../../contracts/workshop';
import { findMembership, type TMembership } from '../access/membership';

// Which breakout group holds which checklist area, and so who may edit an area's answers now.
// Changing the allocation closes the assessment's open documents, so that each is decided again.

async function assertPlaceable(db: TDb, assessmentId: string, placements: readonly TPlacement[]): Promise<void> {
  const scope = await assessmentScope(db, assessmentId);
  const outside = placements.filter((p) => !scope.includes(p.areaId));
  if (outside.length > 0)
    throw new DomainError('area.out_of_scope', undefined, {
      fieldErrors: { areaId: outside.map((p) => `Not in scope: ${p.areaId}`) },
    });
  const groupIds = [...new Set(placements.flatMap((p) => (p.groupId ? [p.groupId] : [])))];
  if (groupIds.length === 0) return;
  const found = await db
    .selectFrom('breakout_groups')
    .select('id')
    .where('assessment_id', '=', assessmentId)
    .where('id', 'in', groupIds)
    .execute();
  if (found.length !== groupIds.length) throw new DomainError('groups.not_found');
}

/** Gives an area to a group, moving it from any other group, or (groupId null) to no group. */
export async function allocateArea(
  db: TDb,
  assessmentId: string,
  actor: TMembership,
  areaId: string,
  groupId: string | null,
): Promise<void> {
  assertCan(actor, 'groups.manage', 'groups.forbidden');
  await assertPlaceable(db, assessmentId, [{ areaId, groupId }]);
  if (groupId === null) {
    await db
      .deleteFrom('group_areas')
      .where('assessment_id', '=', assessmentId)
      .where('area_id', '=', areaId)
      .execute();
  } else {
    await db
      .insertInto('group_areas')
      .values({ assessment_id: assessmentId, area_id: areaId, group_id: groupId })
      .onConflict((oc) => oc.columns(['assessment_id', 'area_id']).doUpdateSet({ group_id: groupId }))
      .execute();
  }
  await audit(db, { assessmentId, actorId: actor.userId, action: 'group.allocate', detail: { areaId, groupId } });
  closeYjsConnections({ assessmentId });
}

/** Replaces the whole allocation at once (applying a suggestion); areas not listed become unallocated. */
export async function replaceAllocation(
  db: TDb,
  assessmentId: string,
  actor: TMembership,
  placements: readonly { areaId: string; groupId: string }[],
): Promise<void> {
  assertCan(actor, 'groups.manage', 'groups.forbidden');
  await db.transaction().execute(async (trx) => {
    await assertPlaceable(trx, assessmentId, placements);
    await trx.deleteFrom('group_areas').where('assessment_id', '=', assessmentId).execute();
    if (placements.length > 0) {
      await trx
        .insertInto('group_areas')
        .values(placements.map((p) => ({ assessment_id: assessmentId, area_id: p.areaId, group_id: p.groupId })))
        .execute();
    }
    await audit(trx, {
      assessmentId,
      actorId: actor.userId,
      action: 'group.allocation',
      detail: { placements: placements.length },
    });
  });
  closeYjsConnections({ assessmentId });
}

/** The areas the user's breakout groups in the assessment were given; with `onlyArea`, that one area or none. */
export async function groupAreasOf(
  db: TDb,
  assessmentId: string,
  userId: string,
  onlyArea?: string,
): Promise<Set<string>> {
  let query = db
    .selectFrom('group_areas')
    .innerJoin('group_members', 'group_members.group_id', 'group_areas.group_id')
    .select('group_areas.area_id')
    .where('group_areas.assessment_id', '=', assessmentId)
    .where('group_members.user_id', '=', userId);
  if (onlyArea !== undefined) query = query.where('group_areas.area_id', '=', onlyArea);
  return new Set((await query.execute()).map((r) => r.area_id));
}

/**
 * The areas of an assessment whose answers this user may edit right now: what the sync server
 * and the API check before accepting a write. `locked` holds the areas the live console locked.
 */
export async function editableAreas(
  db: TDb,
  assessmentId: string,
  userId: string,
  locked: ReadonlySet<string> = new Set(),
): Promise<Set<string>> {
  const membership = await findMembership(db, assessmentId, userId);
  const assessment = membership ? await findAssessment(db, assessmentId) : null;
  if (!membership || !assessment) return new Set();
  const anyGroup = await db
    .selectFrom('breakout_groups')
    .select('id')
    .where('assessment_id', '=', assessmentId)
    .limit(1)
    .executeTakeFirst();
  const ctx = { hasGroups: anyGroup !== undefined, groupAreas: await groupAreasOf(db, assessmentId, userId), locked };
  return new Set(assessment.areas.filter((areaId) => canEditArea(membership.role, areaId, ctx)));
}
