import type { TSessionUser } from '../../lib/auth/current-user';
import { parseDocName } from '../../lib/collab/doc-names';
import type { TDb } from '../../lib/db/client';
import { mayWriteFindings } from '../../lib/domain/findings-rules';
import { can } from '../../lib/domain/permissions';
import { editableAreas } from '../../lib/services/groups';
import { lockedAreas } from '../../lib/services/live-state';
import { findMembership, type TMembership } from '../../lib/services/membership';
import type { TDocRef } from '../../lib/collab/doc-names';

/** What a user may do with one document: edit it, read it, or be refused with an HTTP status. */
export type TDocAccess = 'write' | 'read' | { status: 401 | 403 | 404 };

/**
 * Decides what `user` may do with document `docName`. A malformed name, an unknown area, an
 * assessment that does not exist and one the user is not a member of all answer 404, so that
 * the answer never reveals whether an assessment exists. Reading is the role's; writing is
 * narrowed here, in this one place: a checklist area to the contributor's group (and not while a
 * facilitator has locked it), a group's findings to its members and the facilitators.
 */
export async function resolveDocAccess(db: TDb, user: TSessionUser | null, docName: string): Promise<TDocAccess> {
  if (!user) return { status: 401 };
  const ref = parseDocName(docName);
  if (!ref) return { status: 404 };
  const membership = await findMembership(db, ref.assessmentId, user.id);
  if (!membership) return { status: 404 };
  if (ref.kind === 'factor' && !(await assessmentCoversArea(db, ref.assessmentId, ref.areaId))) return { status: 404 };
  if (ref.kind === 'group' && !(await groupOfAssessment(db, ref.assessmentId, ref.groupId))) return { status: 404 };
  const read = ref.kind === 'factor' || ref.kind === 'group' ? can(membership.role, 'checklist.view') : can(membership.role, 'assessment.view');
  if (!read) return { status: 403 };
  return (await mayWrite(db, membership, ref)) ? 'write' : 'read';
}

async function mayWrite(db: TDb, membership: TMembership, ref: TDocRef): Promise<boolean> {
  switch (ref.kind) {
    case 'factor': {
      const locked = await lockedAreas(db, ref.assessmentId);
      return (await editableAreas(db, ref.assessmentId, membership.userId, locked)).has(ref.areaId);
    }
    case 'group': {
      const inGroup = await db.selectFrom('group_members').select('user_id').where('group_id', '=', ref.groupId).where('user_id', '=', membership.userId).executeTakeFirst();
      return mayWriteFindings(membership.role, inGroup !== undefined);
    }
    case 'plan':
      return can(membership.role, 'plan.edit');
    case 'report':
      return can(membership.role, 'assessment.edit');
  }
}

/** Whether the breakout group belongs to the assessment. */
async function groupOfAssessment(db: TDb, assessmentId: string, groupId: string): Promise<boolean> {
  const row = await db.selectFrom('breakout_groups').select('id').where('id', '=', groupId).where('assessment_id', '=', assessmentId).executeTakeFirst();
  return row !== undefined;
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
