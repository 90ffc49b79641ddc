import type { TRole } from './roles';

/**
 * Everything a member may try to do inside an assessment. Later features add their actions
 * here and a row to the matrix below, so that one table answers every authorisation question.
 */
export const ACTIONS = [
  'assessment.view',
  'assessment.edit',
  'members.view',
  'members.invite',
  'members.manage',
  'composition.view',
  'steps.edit',
  'checklist.view',
  'checklist.answer',
  'comment',
  'vote',
  'plan.edit',
  'plan.adopt',
  'session.run',
  'groups.manage',
  // Monitoring and review: who holds which is described above PERMISSIONS.
  'monitoring.view',
  'monitoring.update',
  'monitoring.report',
  'kpi.measure',
  'evaluation.edit',
  'round.start',
  // Add questions to an area, hide questions, import a translation of the checklist.
  'checklist.adapt',
  // The step 3 background library: read it (narrowed per document), add to it, classify/assign/restrict.
  'library.view',
  'library.add',
  'library.manage',
  // Build, publish and close perception surveys; record their results against KPIs.
  'survey.manage',
] as const;
export type TAction = (typeof ACTIONS)[number];

const ALL = new Set<TAction>(ACTIONS);
const FACILITATE = ALL;
const SENIOR: ReadonlySet<TAction> = new Set<TAction>([
  'assessment.view',
  'members.view',
  'composition.view',
  'checklist.view',
  'comment',
  'plan.adopt',
  'library.view',
  'monitoring.view',
  'monitoring.report',
]);
const CONTRIBUTE: ReadonlySet<TAction> = new Set<TAction>([
  'assessment.view',
  'members.view',
  'composition.view',
  'checklist.view',
  'checklist.answer',
  'comment',
  'vote',
  'plan.edit',
  'library.view',
  'library.add',
  'monitoring.view',
  'monitoring.report',
]);
// Internal contributors are the administration's own staff, who hold the data KPIs are measured
// from; external contributors do not enter the administration's measurements.
const CONTRIBUTE_INTERNAL: ReadonlySet<TAction> = new Set<TAction>([...CONTRIBUTE, 'kpi.measure']);
const OBSERVE: ReadonlySet<TAction> = new Set<TAction>([
  'assessment.view',
  'members.view',
  'checklist.view',
  'library.view',
  'monitoring.view',
]);

/**
 * The role x action matrix. EF, LF and NCP run the assessment; SM reads, comments and
 * adopts; IC and XC contribute (which areas they may answer is narrowed by their group);
 * observers read only. Monitoring: every member sees it; 'monitoring.report' lets the person
 * responsible for an activity (any role but observer) update that activity only, checked per
 * activity on the server, while 'monitoring.update' (facilitators) updates any; KPI measurements
 * are entered by facilitators and internal contributors; evaluations and review rounds are the
 * facilitators'.
 */
export const PERMISSIONS: Record<TRole, ReadonlySet<TAction>> = {
  EF: FACILITATE,
  LF: FACILITATE,
  NCP: FACILITATE,
  SM: SENIOR,
  IC: CONTRIBUTE_INTERNAL,
  XC: CONTRIBUTE,
  OBS: OBSERVE,
};

/** Whether a member with `role` may do `action`; a non-member (null) may do nothing. */
export function can(role: TRole | null | undefined, action: TAction): boolean {
  return role ? PERMISSIONS[role].has(action) : false;
}

/** Roles that may create assessments: a user holding one of them anywhere, or an administrator. */
export const CREATOR_ROLES: readonly TRole[] = ['EF', 'LF', 'NCP'];

/** Whether a user may create a new assessment, given whether they administer the install and their roles. */
export function canCreateAssessment(isAdmin: boolean, rolesHeld: readonly TRole[]): boolean {
  return isAdmin || rolesHeld.some((r) => CREATOR_ROLES.includes(r));
}

/** Which roles a member with `role` may hand out by invitation or role change. */
export function assignableRoles(role: TRole): TRole[] {
  if (role === 'EF') return ['EF', 'LF', 'NCP', 'SM', 'IC', 'XC', 'OBS'];
  // Local facilitators work inside their administration: they cannot appoint external facilitators.
  if (role === 'LF' || role === 'NCP') return ['LF', 'NCP', 'SM', 'IC', 'XC', 'OBS'];
  return [];
}
