import type { TSessionUser } from '../../lib/auth/current-user';
import { parseDocName } from '../../lib/collab/doc-name-parse';
import type { TDocRef } from '../../lib/collab/doc-names';
import type { TDb } from '../../lib/db/client';
import { canEditArea } from '../../lib/domain/workshop/breakouts';
import { mayWriteFindings } from '../../lib/domain/workshop/findings-rules';
import { can } from '../../lib/domain/access/permissions';
import { type TRole } from '../../lib/domain/access/roles';
import { ZRoleSchema } from '../../lib/domain/access/role-schema';
import { groupAreasOf } from '../../lib/services/workshop/area-allocation';
import { parseLocked } from '../../lib/services/workshop/live-state';

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
  return decide(db, { userId: user.id, checkSession: false }, docName);
}

/** What an upgrade may do with a document, with the user's display name; or an HTTP status. */
export type TSessionDocAccess = { access: 'write' | 'read'; userName: string } | { status: 401 | 403 | 404 };

/**
 * The same decision for an upgrade, from a session token's user id and session version: 401
 * unless the user exists and the token's session version is current (as resolveSessionUser
 * checks), then as resolveDocAccess. The display name comes from the same row: the sync server
 * puts it on what the connection tells others (awareness, last edits), whatever the client says.
 */
export async function resolveSessionDocAccess(
  db: TDb,
  userId: string | undefined,
  sessionVersion: number | undefined,
  docName: string,
): Promise<TSessionDocAccess> {
  if (!userId) return { status: 401 };
  const asker: TAsker = { userId, sessionVersion, checkSession: true };
  const access = await decide(db, asker, docName);
  return typeof access === 'string' ? { access, userName: asker.userName ?? '' } : access;
}

// Every upgrade runs this, so the session, the membership and what the document's kind depends
// on are read in one query (a contributor's area takes two), rather than one query per fact: 60
// people opening an area at once must not cost the event loop 60 times eight queries, and each
// query's garbage is much of what a connection's memory grows by. The rules themselves are the
// domain's (canEditArea, mayWriteFindings, can); what is read for them is what resolveSessionUser
// (lib/auth/current-user.ts), editableAreas (lib/services/workshop/groups.ts) and lockedAreas
// (lib/services/workshop/live-state.ts) read.
type TAsker = {
  userId: string;
  sessionVersion?: number | undefined;
  checkSession: boolean;
  /** The user's display name, noted from the row that checked the session. */
  userName?: string;
};

async function decide(db: TDb, asker: TAsker, docName: string): Promise<TDocAccess> {
  const ref = parseDocName(docName);
  if (!ref) {
    if (!asker.checkSession) return { status: 404 };
    const row = await db
      .selectFrom('users')
      .select(['session_version', 'name'])
      .where('id', '=', asker.userId)
      .executeTakeFirst();
    return sessionValid(asker, row) ? { status: 404 } : { status: 401 };
  }
  switch (ref.kind) {
    case 'factor':
      return factorAccess(db, asker, ref);
    case 'group':
      return groupAccess(db, asker, ref);
    case 'plan':
    case 'report': {
      const row = await userAndMembership(db, asker.userId, ref.assessmentId).executeTakeFirst();
      if (!sessionValid(asker, row)) return { status: 401 };
      const role = memberRole(row);
      if (!role) return { status: 404 };
      if (!can(role, 'assessment.view')) return { status: 403 };
      return can(role, ref.kind === 'plan' ? 'plan.edit' : 'assessment.edit') ? 'write' : 'read';
    }
  }
}

/** Whether the asker's session is current by the user's row; notes the user's display name on the way. */
function sessionValid(asker: TAsker, row: { session_version: number; name: string } | undefined): boolean {
  asker.userName = row?.name;
  return !asker.checkSession || row?.session_version === asker.sessionVersion;
}

/** The member's role, or null when the user is not a member (or the stored role is unknown). */
function memberRole(row: { role: string | null } | undefined): TRole | null {
  const role = ZRoleSchema.safeParse(row?.role);
  return role.success ? role.data : null;
}

/** The user's row with their membership of the assessment, if any. */
function userAndMembership(db: TDb, userId: string, assessmentId: string) {
  return db
    .selectFrom('users as u')
    .leftJoin('memberships as m', (join) =>
      join.onRef('m.user_id', '=', 'u.id').on('m.assessment_id', '=', assessmentId),
    )
    .select(['u.session_version', 'u.name', 'm.role'])
    .where('u.id', '=', userId);
}

/** A checklist area: with the session and role, the assessment's areas and locks and whether groups exist. */
async function factorAccess(db: TDb, asker: TAsker, ref: Extract<TDocRef, { kind: 'factor' }>): Promise<TDocAccess> {
  const row = await userAndMembership(db, asker.userId, ref.assessmentId)
    .leftJoin('assessments as a', 'a.id', 'm.assessment_id')
    .leftJoin('live_state as ls', 'ls.assessment_id', 'm.assessment_id')
    .select(['a.areas', 'ls.locked_areas'])
    .select((eb) =>
      eb
        .exists(
          eb.selectFrom('breakout_groups as g').select('g.id').whereRef('g.assessment_id', '=', 'm.assessment_id'),
        )
        .as('has_groups'),
    )
    .executeTakeFirst();
  if (!sessionValid(asker, row)) return { status: 401 };
  const role = memberRole(row);
  if (!row || !role || row.areas === null || !coversArea(row.areas, ref.areaId)) return { status: 404 };
  if (!can(role, 'checklist.view')) return { status: 403 };
  const locked = new Set(row.locked_areas ? parseLocked(row.locked_areas) : []);
  const hasGroups = Boolean(row.has_groups);
  // Only a contributor's write depends on the group's areas; nobody else needs the query.
  const needsGroupAreas = (role === 'IC' || role === 'XC') && hasGroups && !locked.has(ref.areaId);
  const groupAreas = needsGroupAreas
    ? await groupAreasOf(db, ref.assessmentId, asker.userId, ref.areaId)
    : new Set<string>();
  return canEditArea(role, ref.areaId, { hasGroups, groupAreas, locked }) ? 'write' : 'read';
}

/**
 * A breakout group's findings: with the session and role, whether the group is the assessment's and
 * whether the user is in it.
 */
async function groupAccess(db: TDb, asker: TAsker, ref: Extract<TDocRef, { kind: 'group' }>): Promise<TDocAccess> {
  const row = await userAndMembership(db, asker.userId, ref.assessmentId)
    .leftJoin('breakout_groups as g', (join) =>
      join.on('g.id', '=', ref.groupId).onRef('g.assessment_id', '=', 'm.assessment_id'),
    )
    .leftJoin('group_members as gm', (join) => join.onRef('gm.group_id', '=', 'g.id').onRef('gm.user_id', '=', 'u.id'))
    .select(['g.id as group_id', 'gm.user_id as in_group'])
    .executeTakeFirst();
  if (!sessionValid(asker, row)) return { status: 401 };
  const role = memberRole(row);
  if (!row || !role || row.group_id === null) return { status: 404 };
  if (!can(role, 'checklist.view')) return { status: 403 };
  return mayWriteFindings(role, row.in_group !== null) ? 'write' : 'read';
}

/** Whether a targeted assessment's areas (JSON) include the area (a comprehensive one lists every area). */
function coversArea(areasJson: string, areaId: string): boolean {
  try {
    const areas: unknown = JSON.parse(areasJson);
    return Array.isArray(areas) && areas.includes(areaId);
  } catch {
    return false;
  }
}
