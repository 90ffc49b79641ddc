import { isFacilitator, type TRole } from '../access/roles';

/** What decides whether a member may edit an area's answers, besides their role. */
export type TAreaEditContext = {
  /** Whether the assessment has any breakout group yet. */
  hasGroups: boolean;
  /** The areas allocated to the group the member belongs to (empty when in none). */
  groupAreas: ReadonlySet<string>;
  /** Areas the facilitators have locked from the live console. */
  locked: ReadonlySet<string>;
};

/**
 * Whether a member with `role` may edit the answers of `areaId`. Facilitators always may;
 * senior management and observers never; contributors only in their group's areas, except that
 * before any group exists internal contributors may edit everything and external ones nothing.
 */
export function canEditArea(role: TRole, areaId: string, ctx: TAreaEditContext): boolean {
  if (isFacilitator(role)) return true;
  if (role !== 'IC' && role !== 'XC') return false;
  if (ctx.locked.has(areaId)) return false;
  // External contributors see only what the facilitators open to them: nothing until grouped.
  if (!ctx.hasGroups) return role === 'IC';
  return ctx.groupAreas.has(areaId);
}

/**
 * Which checklist areas each of the guide's contributor areas of expertise knows best. The
 * guide gives the expertise list (section on internal contributors) but no mapping; this one
 * follows the key factors' own subject matter and only nudges the allocation.
 */
export const EXPERTISE_AREAS: Readonly<Record<string, readonly string[]>> = {
  'Strategic planning': ['leadership-commitment', 'reform-modernization'],
  'Reform and modernization': ['reform-modernization', 'automation'],
  'Human resources': ['human-resource-management', 'morale-culture', 'code-of-conduct', 'gender-diversity'],
  Training: ['human-resource-management', 'code-of-conduct'],
  'Regulations and procedures': ['regulatory-framework', 'transparency'],
  'Legal affairs': ['regulatory-framework', 'anti-corruption-authorities'],
  'Internal audit': ['audit-investigation'],
  Enforcement: ['audit-investigation', 'customs-to-customs'],
  Investigation: ['audit-investigation', 'anti-corruption-authorities'],
  'Internal affairs': ['audit-investigation', 'code-of-conduct'],
  'Quality assurance': ['reform-modernization', 'audit-investigation'],
  'Post clearance audit': ['audit-investigation', 'private-sector'],
  'Information technology': ['automation'],
  'Client service': ['private-sector', 'transparency'],
  'External communication and public relations': ['media-social-networks', 'transparency', 'private-sector'],
  'Customs operations': ['automation', 'customs-to-customs', 'private-sector'],
  'Risk management': ['automation', 'audit-investigation'],
};

/** Whether a member with this area of expertise knows `areaId` well. */
export function expertiseMatches(expertise: string | null, areaId: string): boolean {
  return expertise !== null && (EXPERTISE_AREAS[expertise]?.includes(areaId) ?? false);
}

export type TAllocatableArea = { id: string; questions: number };
export type TAllocatableGroup = { id: string; expertise: readonly (string | null)[] };
export type TSuggestedPlacement = { areaId: string; groupId: string; byExpertise: boolean };
export type TAllocationSuggestion = {
  /** One placement per area, in the order the areas were given. */
  placements: TSuggestedPlacement[];
  /** Question totals per group, in the order the groups were given. */
  totals: { groupId: string; questions: number; areas: number }[];
};

/**
 * A balanced allocation of areas to groups by question count: largest area first into the
 * lightest group, except that an area goes to a group with a matching expert when that keeps
 * the spread between the heaviest and lightest group within the largest area's size.
 * Deterministic: ties go to the earlier area and the earlier group.
 */
export function suggestAllocation(
  areas: readonly TAllocatableArea[],
  groups: readonly TAllocatableGroup[],
): TAllocationSuggestion {
  if (groups.length === 0) return { placements: [], totals: [] };
  const largest = areas.reduce((max, a) => Math.max(max, a.questions), 0);
  const totals = groups.map(() => 0);
  const counts = groups.map(() => 0);
  const chosen = new Map<string, TSuggestedPlacement>();
  // A stable sort keeps equal-sized areas in their given order.
  const order = [...areas].sort((a, b) => b.questions - a.questions);

  const lightestOf = (indexes: number[]): number =>
    indexes.reduce((best, i) => (totals[i]! < totals[best]! ? i : best), indexes[0]!);
  const spreadIf = (gi: number, questions: number): number => {
    const next = totals.map((t, i) => (i === gi ? t + questions : t));
    return Math.max(...next) - Math.min(...next);
  };

  for (const area of order) {
    const experts = groups.flatMap((g, i) => (g.expertise.some((e) => expertiseMatches(e, area.id)) ? [i] : []));
    const fitting = experts.filter((i) => spreadIf(i, area.questions) <= largest);
    const byExpertise = fitting.length > 0;
    const gi = byExpertise ? lightestOf(fitting) : lightestOf(groups.map((_, i) => i));
    totals[gi]! += area.questions;
    counts[gi]! += 1;
    chosen.set(area.id, { areaId: area.id, groupId: groups[gi]!.id, byExpertise });
  }
  return {
    placements: areas.map((a) => chosen.get(a.id)!),
    totals: groups.map((g, i) => ({ groupId: g.id, questions: totals[i]!, areas: counts[i]! })),
  };
}

/** The areas of the assessment's scope that no group holds yet, in scope order. */
export function unallocatedAreas(scopeAreas: readonly string[], allocation: ReadonlyMap<string, string>): string[] {
  return scopeAreas.filter((id) => !allocation.has(id));
}
