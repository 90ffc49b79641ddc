import { can } from '../access/permissions';
import { type TRole, isFacilitator } from '../access/roles';

// Plain data, no zod: the plan and report-back pages import these rules, and zod would add about
// 28 kB to their first load; the request schema lives in `lib/contracts/report-back.ts`.
/** What the plenary decides about a finding at the report-back. */
export const FINDING_OUTCOMES = ['agreed', 'disputed', 'parked'] as const;
export type TFindingOutcome = (typeof FINDING_OUTCOMES)[number];

/** How each outcome reads, with the icon shown beside (never instead of) the words. */
export const OUTCOME_VIEW: Record<TFindingOutcome, { label: string; icon: string }> = {
  agreed: { label: 'Agreed', icon: '✓' },
  disputed: { label: 'Disputed', icon: '⚑' },
  parked: { label: 'Parked', icon: '⏸' },
};

/**
 * Whether a member writes a group's findings: its own members who may answer the checklist
 * (the rapporteur leads, the others help), and the facilitators; everyone else reads.
 */
export function mayWriteFindings(role: TRole, isGroupMember: boolean): boolean {
  return isFacilitator(role) || (isGroupMember && can(role, 'checklist.answer'));
}

/** Whether a question key may be cited by a group's finding: a question of one of its areas. */
export function isCitableKey(
  questionKey: string,
  groupAreaIds: readonly string[],
  knownKey: (key: string) => boolean,
): boolean {
  const areaId = questionKey.split('.')[0] ?? '';
  return knownKey(questionKey) && groupAreaIds.includes(areaId);
}

/** The checklist page anchor of an answer, where a citation links. */
export function answerHref(assessmentId: string, questionKey: string): string {
  const areaId = questionKey.split('.')[0] ?? '';
  return `/assessments/${assessmentId}/checklist/${areaId}#q-${questionKey}`;
}

/** Where a presenter sends everyone to show one finding at the report-back. */
export function findingHref(assessmentId: string, groupId: string, findingId: string): string {
  return `/assessments/${assessmentId}/report-back?group=${encodeURIComponent(groupId)}#finding-${findingId}`;
}
