import 'server-only';
import type { TSessionUser } from '../../auth/current-user';
import { formatDocName } from '../../collab/doc-names';
import { PLAN_TEXT_FIELDS, isPlanRowId, planTextName } from '../../collab/plan-layout';
import type { TRestoreResponse, TVersionViewResponse, TVersionsResponse } from '../../contracts/history';
import type { TDb } from '../../db/client';
import { can } from '../../domain/access/permissions';
import { DomainError } from '../../domain/shared/errors';
import { requireAccess } from '../access/access';
import * as history from './type-history';

// The versions of one text field of a plan draft's row: read by every member (who reads the plan),
// restored by those who may edit the plan, the sync server's rule.

const TEXT_FIELDS = new Set<string>(Object.values(PLAN_TEXT_FIELDS).flat());

async function fieldTarget(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  rowId: string,
  field: string,
): Promise<history.THistoryTarget> {
  const membership = await requireAccess(db, assessmentId, user, 'assessment.view');
  if (!isPlanRowId(rowId) || !TEXT_FIELDS.has(field)) throw new DomainError('not_found');
  const mayEdit = can(membership.role, 'plan.edit');
  return {
    assessmentId,
    docName: formatDocName({ kind: 'plan', assessmentId }),
    typeName: planTextName(rowId, field),
    shape: 'text',
    mayRestore: () => Promise.resolve(mayEdit),
    requireRestore: () => (mayEdit ? Promise.resolve() : Promise.reject(new DomainError('access.role_forbids'))),
    audit: { action: 'plan.field_restore', detail: { rowId, field } },
  };
}

/** A plan field's versions, newest first, and whether this member may restore one. */
export async function listFieldHistory(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  rowId: string,
  field: string,
): Promise<TVersionsResponse> {
  return history.listVersions(db, await fieldTarget(db, assessmentId, user, rowId, field));
}

/** One version of a plan field, and the field now with what changed since marked by author. */
export async function viewFieldVersion(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  rowId: string,
  field: string,
  versionId: string,
): Promise<TVersionViewResponse> {
  return history.viewVersion(db, await fieldTarget(db, assessmentId, user, rowId, field), versionId);
}

/** Brings an earlier version of a plan field back, as a new change by `user`. */
export async function restoreFieldVersion(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  rowId: string,
  field: string,
  versionId: string,
): Promise<TRestoreResponse> {
  return history.restoreVersion(db, await fieldTarget(db, assessmentId, user, rowId, field), user, versionId);
}
