import type { TSessionUser } from '../../lib/auth/current-user';
import { type TDocRef, parseDocName } from '../../lib/collab/doc-names';
import type { TDb } from '../../lib/db/client';
import { type TAction, can } from '../../lib/domain/permissions';
import { findMembership } from '../../lib/services/membership';

/** What a user may do with one document: edit it, read it, or be refused with an HTTP status. */
export type TDocAccess = 'write' | 'read' | { status: 401 | 403 | 404 };

// Which permission reads and which writes each kind of document. Group findings are written by
// contributors for now; the next issue narrows factor and group writes to a contributor's own
// group (its areas, its rapporteur) here, in this one place.
const RULES: Record<TDocRef['kind'], { read: TAction; write: TAction }> = {
  factor: { read: 'checklist.view', write: 'checklist.answer' },
  group: { read: 'checklist.view', write: 'checklist.answer' },
  plan: { read: 'assessment.view', write: 'plan.edit' },
  report: { read: 'assessment.view', write: 'assessment.edit' },
};

/**
 * Decides what `user` may do with document `docName`. A malformed name, an unknown area, an
 * assessment that does not exist and one the user is not a member of all answer 404, so that
 * the answer never reveals whether an assessment exists.
 */
export async function resolveDocAccess(db: TDb, user: TSessionUser | null, docName: string): Promise<TDocAccess> {
  if (!user) return { status: 401 };
  const ref = parseDocName(docName);
  if (!ref) return { status: 404 };
  const membership = await findMembership(db, ref.assessmentId, user.id);
  if (!membership) return { status: 404 };
  if (ref.kind === 'factor' && !(await assessmentCoversArea(db, ref.assessmentId, ref.areaId))) return { status: 404 };
  const rule = RULES[ref.kind];
  if (!can(membership.role, rule.read)) return { status: 403 };
  return can(membership.role, rule.write) ? 'write' : 'read';
}

/** Whether a targeted assessment includes the area (a comprehensive one lists every area). */
async function assessmentCoversArea(db: TDb, assessmentId: string, areaId: string): Promise<boolean> {
  const row = await db.selectFrom('assessments').select('areas').where('id', '=', assessmentId).executeTakeFirst();
  if (!row) return false;
  try {
    const areas: unknown = JSON.parse(row.areas);
    return Array.isArray(areas) && areas.includes(areaId);
  } catch {
    return false;
  }
}
