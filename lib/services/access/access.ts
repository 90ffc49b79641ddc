import type { TSessionUser } from '../../auth/current-user';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { can, type TAction } from '../../domain/access/permissions';
import { editableAreas } from '../workshop/area-allocation';
import { lockedAreas } from '../workshop/live-state';
import { findMembership, type TMembership } from './membership';

export type TAccess = { kind: 'ok'; membership: TMembership } | { kind: 'not-found' } | { kind: 'forbidden' };

/**
 * Whether `user` may do `action` in an assessment. A non-member learns nothing, not even that
 * the assessment exists ('not-found'); a member without the right gets 'forbidden'.
 */
export async function checkAccess(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  action: TAction,
): Promise<TAccess> {
  return accessFor(await findMembership(db, assessmentId, user.id), action);
}

/** checkAccess's decision on a membership already read (null for a non-member). */
export function accessFor(membership: TMembership | null, action: TAction): TAccess {
  if (!membership) return { kind: 'not-found' };
  return can(membership.role, action) ? { kind: 'ok', membership } : { kind: 'forbidden' };
}

/** checkAccess for route handlers: throws 404 or 403 as a DomainError. */
export async function requireAccess(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  action: TAction,
): Promise<TMembership> {
  const access = await checkAccess(db, assessmentId, user, action);
  if (access.kind === 'not-found') throw new DomainError('assessment.not_found');
  if (access.kind === 'forbidden') throw new DomainError('access.role_forbids');
  return access.membership;
}

/**
 * For writes to a checklist area's answers or evidence: the sync server's rule (a contributor
 * writes their group's areas, none while a facilitator has locked it), answered as 403.
 */
export async function requireAreaEditable(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  areaId: string,
): Promise<TMembership> {
  const membership = await requireAccess(db, assessmentId, user, 'checklist.view');
  const editable = await editableAreas(db, assessmentId, user.id, await lockedAreas(db, assessmentId));
  if (!editable.has(areaId)) throw new DomainError('access.area_not_editable');
  return membership;
}
