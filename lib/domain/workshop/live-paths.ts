// Paths the live room may send people to. Only pages of the same assessment, so that a follow-me
// leader can never take the room to another site or another assessment. A presented finding
// needs a query (`?group=`) and a fragment (`#finding-`), so both may follow the page, each from
// a charset in which nothing reads as another origin, path or encoding (no `/`, `\`, `:`, `@`, `%`).

/** The longest path the live room stores and sends; the event schemas allow no more either. */
export const MAX_LIVE_PATH_LENGTH = 300;

const SEGMENT = /^[A-Za-z0-9._~-]+$/;
const QUERY = /^[A-Za-z0-9._~=&-]*$/;
const FRAGMENT = /^[A-Za-z0-9._~-]*$/;
const PARTS = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s;

/** The page of a path: what comes before its query or fragment. */
export function pageOfPath(path: string): string {
  return PARTS.exec(path)?.[1] ?? path;
}

/**
 * Whether `path` is a page of this assessment, optionally with a plain query and fragment (no `..`,
 * `//`, `\` or percent-encoding anywhere).
 */
export function isAssessmentPath(path: string, assessmentId: string): boolean {
  if (path.length > MAX_LIVE_PATH_LENGTH) return false;
  const parts = PARTS.exec(path);
  if (!parts) return false;
  const [, page = '', query = '', fragment = ''] = parts;
  const base = `/assessments/${assessmentId}`;
  if (page !== base && !page.startsWith(`${base}/`)) return false;
  // Empty segments are refused too: `//` is where a browser starts reading another host.
  const rest = page.slice(base.length + 1);
  const segmentsOk = page === base || rest.split('/').every((s) => SEGMENT.test(s) && s !== '..' && s !== '.');
  return segmentsOk && QUERY.test(query) && FRAGMENT.test(fragment);
}

/** The checklist area a path shows, or null. */
export function areaOfPath(path: string, assessmentId: string): string | null {
  const m = /^\/checklist\/([A-Za-z0-9-]+)\/?$/.exec(pageOfPath(path).slice(`/assessments/${assessmentId}`.length));
  return isAssessmentPath(path, assessmentId) && m ? m[1]! : null;
}

/**
 * Where breakouts send a member: their group's first area, or the groups page when they are in no
 * group (or it has no area).
 */
export function breakoutPath(
  assessmentId: string,
  groups: readonly { memberIds: readonly string[]; areaIds: readonly string[] }[],
  userId: string,
): string {
  const group = groups.find((g) => g.memberIds.includes(userId));
  const first = group?.areaIds[0];
  return first ? `/assessments/${assessmentId}/checklist/${first}` : `/assessments/${assessmentId}/groups`;
}

/**
 * The section of the assessment a path shows: its first segment after the assessment (`checklist`,
 * `groups`…), '' for the overview, null for a path outside this assessment.
 */
export function sectionOfPath(path: string, assessmentId: string): string | null {
  if (!isAssessmentPath(path, assessmentId)) return null;
  return pageOfPath(path).slice(`/assessments/${assessmentId}`.length).split('/')[1] ?? '';
}
