/** What the composition view needs of a member. */
export type TCompositionMember = {
  role: string;
  organisationType: string | null;
  expertise: string | null;
  gender: string | null;
};

export type TTally = { label: string; count: number }[];
export type TComposition = {
  total: number;
  byRole: TTally;
  byOrganisationType: TTally;
  byExpertise: TTally;
  byGender: TTally;
  /** Guide-driven prompts: areas where the working group is not yet diverse. */
  gaps: string[];
};

function tally(values: (string | null)[], unknown: string): TTally {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v ?? unknown, (counts.get(v ?? unknown) ?? 0) + 1);
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * The working group's composition by role, organisation type, expertise and gender, with the
 * gaps the guide warns about: no external contributors, no senior management, a group drawn
 * from too few departments, or one gender making up more than two thirds of those who said.
 */
export function workingGroupComposition(members: TCompositionMember[]): TComposition {
  const gaps: string[] = [];
  if (!members.some((m) => m.role === 'XC'))
    gaps.push('No external contributors (traders, brokers, other agencies, civil society) yet.');
  if (!members.some((m) => m.role === 'SM')) gaps.push('No senior management member yet.');
  const contributors = members.filter((m) => m.role === 'IC');
  const departments = new Set(contributors.map((m) => m.expertise).filter(Boolean));
  if (contributors.length > 0 && departments.size < 3)
    gaps.push('Internal contributors come from fewer than three areas of expertise.');
  const declared = members.map((m) => m.gender).filter((g): g is string => g === 'woman' || g === 'man');
  if (declared.length >= 3) {
    const women = declared.filter((g) => g === 'woman').length;
    if (women / declared.length > 2 / 3 || women / declared.length < 1 / 3)
      gaps.push('Gender balance: one gender is more than two thirds of those who declared one.');
  }
  return {
    total: members.length,
    byRole: tally(
      members.map((m) => m.role),
      'Unknown',
    ),
    byOrganisationType: tally(
      members.map((m) => m.organisationType),
      'Not stated',
    ),
    byExpertise: tally(
      members.map((m) => m.expertise),
      'Not stated',
    ),
    byGender: tally(
      members.map((m) => m.gender),
      'Not stated',
    ),
    gaps,
  };
}
