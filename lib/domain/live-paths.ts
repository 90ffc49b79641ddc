// Paths the live room may send people to. Only pages of the same assessment, so that a follow-me
// leader can never take the room to another site or another assessment.

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** Whether `path` is a page of this assessment (no query, no fragment, no `..`). */
export function isAssessmentPath(path: string, assessmentId: string): boolean {
  const base = `/assessments/${assessmentId}`;
  if (path !== base && !path.startsWith(`${base}/`)) return false;
  const rest = path.slice(base.length).split('/').filter(Boolean);
  return rest.every((s) => SEGMENT.test(s) && s !== '..' && s !== '.');
}

/** The checklist area a path shows, or null. */
export function areaOfPath(path: string, assessmentId: string): string | null {
  const m = /^\/checklist\/([A-Za-z0-9-]+)\/?$/.exec(path.slice(`/assessments/${assessmentId}`.length));
  return isAssessmentPath(path, assessmentId) && m ? m[1]! : null;
}

/** Where breakouts send a member: their group's first area, or the groups page when they are in no group (or it has no area). */
export function breakoutPath(assessmentId: string, groups: readonly { memberIds: readonly string[]; areaIds: readonly string[] }[], userId: string): string {
  const group = groups.find((g) => g.memberIds.includes(userId));
  const first = group?.areaIds[0];
  return first ? `/assessments/${assessmentId}/checklist/${first}` : `/assessments/${assessmentId}/groups`;
}
