import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { suggestAllocation, unallocatedAreas } from '../../domain/workshop/breakouts';
import { ZRoleSchema } from '../../domain/access/role-schema';
import { areaLabel, areaQuestions, findArea } from '../../idg/checklist';
import { findAssessment } from '../assessments/assessments';
import type { TAreaNamer } from '../checklist/guide-names';
import { type TAssessmentChecklist, readAssessmentChecklist } from '../checklist/assessment-checklist';
import { effectiveAreaQuestions } from '../../domain/checklist/checklist-adaptation';
import type { TGroupArea, TGroupSuggestion, TGroupsOverview } from '../../contracts/workshop';

function groupArea(areaId: string, name: TAreaNamer, counts?: ReadonlyMap<string, number>): TGroupArea | null {
  const area = findArea(areaId);
  return area
    ? {
        id: area.id,
        title: area.title,
        label: name(area),
        questions: counts?.get(area.id) ?? areaQuestions(area).length,
      }
    : null;
}

/** The area ids in an assessment's scope, in the guide's order; 404 when there is no such assessment. */
export async function assessmentScope(db: TDb, assessmentId: string): Promise<string[]> {
  const assessment = await findAssessment(db, assessmentId);
  if (!assessment) throw new DomainError('assessment.not_found');
  return assessment.areas;
}

/**
 * Every breakout group of an assessment with its areas, members and rapporteur, and the areas no
 * group holds. A caller that has read the assessment and its checklist already passes them; one
 * that shows the areas to a member names them in the member's language (`name`, ./guide-names.ts).
 */
export async function groupsOverview(
  db: TDb,
  assessmentId: string,
  known?: TAssessmentChecklist,
  name: TAreaNamer = areaLabel,
): Promise<TGroupsOverview> {
  const { assessment, checklist } = known ?? (await readAssessmentChecklist(db, assessmentId));
  if (!assessment) throw new DomainError('assessment.not_found');
  const scope = assessment.areas;
  const [groups, areas, members] = await Promise.all([
    db
      .selectFrom('breakout_groups')
      .select(['id', 'name', 'meeting_url'])
      .where('assessment_id', '=', assessmentId)
      .orderBy('created_at')
      .orderBy('name')
      .execute(),
    db.selectFrom('group_areas').select(['area_id', 'group_id']).where('assessment_id', '=', assessmentId).execute(),
    db
      .selectFrom('group_members')
      .innerJoin('users', 'users.id', 'group_members.user_id')
      .innerJoin('memberships', (j) =>
        j
          .onRef('memberships.assessment_id', '=', 'group_members.assessment_id')
          .onRef('memberships.user_id', '=', 'group_members.user_id'),
      )
      .select(['group_members.group_id', 'group_members.is_rapporteur', 'users.id', 'users.name', 'memberships.role'])
      .where('group_members.assessment_id', '=', assessmentId)
      .orderBy('users.name')
      .execute(),
  ]);
  // Question counts of the effective (adapted) checklist: hidden questions out, added ones in.
  const counts = new Map(checklist.areas.map((a) => [a.id, effectiveAreaQuestions(a).length]));
  // Areas dropped from a targeted scope keep their rows but are no longer shown or counted.
  const allocation = new Map(areas.filter((a) => scope.includes(a.area_id)).map((a) => [a.area_id, a.group_id]));
  return {
    groups: groups.map((g) => {
      const mine = members.filter((m) => m.group_id === g.id);
      const rapporteur = mine.find((m) => m.is_rapporteur === 1);
      return {
        id: g.id,
        name: g.name,
        areas: scope.filter((a) => allocation.get(a) === g.id).flatMap((a) => groupArea(a, name, counts) ?? []),
        members: mine.map((m) => ({ id: m.id, name: m.name, role: ZRoleSchema.parse(m.role) })),
        rapporteur: rapporteur ? { id: rapporteur.id, name: rapporteur.name } : null,
        meetingUrl: g.meeting_url,
      };
    }),
    unallocatedAreas: unallocatedAreas(scope, allocation).flatMap((a) => groupArea(a, name, counts) ?? []),
  };
}

/** A balanced allocation of the assessment's areas to its current groups, nudged by members' expertise. */
export async function suggestGroupAllocation(
  db: TDb,
  assessmentId: string,
  name: TAreaNamer = areaLabel,
): Promise<TGroupSuggestion> {
  const scope = await assessmentScope(db, assessmentId);
  const groups = await db
    .selectFrom('breakout_groups')
    .select(['id', 'name'])
    .where('assessment_id', '=', assessmentId)
    .orderBy('created_at')
    .orderBy('name')
    .execute();
  const expertise = await db
    .selectFrom('group_members')
    .innerJoin('memberships', (j) =>
      j
        .onRef('memberships.assessment_id', '=', 'group_members.assessment_id')
        .onRef('memberships.user_id', '=', 'group_members.user_id'),
    )
    .select(['group_members.group_id', 'memberships.expertise'])
    .where('group_members.assessment_id', '=', assessmentId)
    .execute();
  const areas = scope.flatMap((a) => groupArea(a, name) ?? []);
  const suggestion = suggestAllocation(
    areas.map((a) => ({ id: a.id, questions: a.questions })),
    groups.map((g) => ({ id: g.id, expertise: expertise.filter((e) => e.group_id === g.id).map((e) => e.expertise) })),
  );
  const nameOf = new Map(groups.map((g) => [g.id, g.name]));
  return {
    placements: suggestion.placements.map((p, i) => ({
      ...areas[i]!,
      groupId: p.groupId,
      groupName: nameOf.get(p.groupId)!,
      byExpertise: p.byExpertise,
    })),
    totals: suggestion.totals.map((t) => ({ ...t, groupName: nameOf.get(t.groupId)! })),
  };
}
