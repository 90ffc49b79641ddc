/** The working-group roles (docs/architecture.md, "Who uses it"), as the guide names them. */
export const ROLES = ['EF', 'LF', 'NCP', 'SM', 'IC', 'XC', 'OBS'] as const;
export type TRole = (typeof ROLES)[number];

/** Human names of the roles. */
export const ROLE_NAMES: Record<TRole, string> = {
  EF: 'External facilitator',
  LF: 'Local facilitator',
  NCP: 'National contact point',
  SM: 'Senior management',
  IC: 'Internal contributor',
  XC: 'External contributor',
  OBS: 'Observer',
};

/** Facilitator roles: they run the assessment. */
export const FACILITATOR_ROLES: readonly TRole[] = ['EF', 'LF', 'NCP'];

/** Whether a role facilitates (EF, LF or NCP). */
export function isFacilitator(role: TRole): boolean {
  return FACILITATOR_ROLES.includes(role);
}
