import { DomainError } from '../../domain/shared/errors';
import { closeYjsConnections } from '../../collab/access-changes';
import type { TDb } from '../../db/client';
import { assignableRoles } from '../../domain/access/permissions';
import { FACILITATOR_ROLES, type TRole } from '../../domain/access/roles';
import { ZRoleSchema } from '../../domain/access/role-schema';
import { disconnectLiveMember, refreshLiveRole } from '../../security/live-disconnect';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import type { TMember } from '../../contracts/accounts';
import type { TPerson } from '../../contracts/shared';

/** Each member's id and name, by name: the people a page may offer to pick from (a plan row's owner). */
export async function memberNames(db: TDb, assessmentId: string): Promise<TPerson[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name'])
    .where('memberships.assessment_id', '=', assessmentId)
    .orderBy('users.name')
    .execute();
}

/** The members of an assessment, facilitators first, then by name. */
export async function listMembers(db: TDb, assessmentId: string): Promise<TMember[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id',
      'users.name',
      'users.email',
      'users.time_zone',
      'memberships.role',
      'memberships.organisation',
      'memberships.organisation_type',
      'memberships.expertise',
      'memberships.gender',
      'memberships.joined_at',
    ])
    .where('memberships.assessment_id', '=', assessmentId)
    .orderBy('users.name')
    .execute();
  const order: TRole[] = ['EF', 'LF', 'NCP', 'SM', 'IC', 'XC', 'OBS'];
  return rows
    .map((r) => ({
      userId: r.id,
      name: r.name,
      email: r.email,
      role: ZRoleSchema.parse(r.role),
      organisation: r.organisation,
      organisationType: r.organisation_type,
      expertise: r.expertise,
      gender: r.gender,
      timeZone: r.time_zone,
      joinedAt: r.joined_at,
    }))
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
}

async function facilitatorCount(db: TDb, assessmentId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('assessment_id', '=', assessmentId)
    .where('role', 'in', [...FACILITATOR_ROLES])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function targetMembership(db: TDb, assessmentId: string, actor: TMembership, userId: string): Promise<TRole> {
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('assessment_id', '=', assessmentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) throw new DomainError('members.not_found');
  const role = ZRoleSchema.parse(row.role);
  // A local facilitator may not change or remove an external facilitator.
  if (!assignableRoles(actor.role).includes(role)) throw new DomainError('members.cannot_change_role', { role });
  return role;
}

/** Changes a member's role, keeping at least one facilitator. */
export async function changeRole(
  db: TDb,
  assessmentId: string,
  actor: TMembership,
  userId: string,
  role: TRole,
): Promise<void> {
  const current = await targetMembership(db, assessmentId, actor, userId);
  if (!assignableRoles(actor.role).includes(role)) throw new DomainError('members.cannot_give_role', { role });
  if (
    FACILITATOR_ROLES.includes(current) &&
    !FACILITATOR_ROLES.includes(role) &&
    (await facilitatorCount(db, assessmentId)) <= 1
  ) {
    throw new DomainError('members.last_facilitator');
  }
  await db
    .updateTable('memberships')
    .set({ role })
    .where('assessment_id', '=', assessmentId)
    .where('user_id', '=', userId)
    .execute();
  await audit(db, {
    assessmentId,
    actorId: actor.userId,
    action: 'member.role',
    detail: { userId, from: current, to: role },
  });
  closeYjsConnections({ assessmentId, userId });
  refreshLiveRole(assessmentId, userId, role);
}

/** Removes a member from an assessment, keeping at least one facilitator. */
export async function removeMember(db: TDb, assessmentId: string, actor: TMembership, userId: string): Promise<void> {
  const current = await targetMembership(db, assessmentId, actor, userId);
  if (FACILITATOR_ROLES.includes(current) && (await facilitatorCount(db, assessmentId)) <= 1) {
    throw new DomainError('members.last_facilitator');
  }
  await db.deleteFrom('memberships').where('assessment_id', '=', assessmentId).where('user_id', '=', userId).execute();
  await audit(db, { assessmentId, actorId: actor.userId, action: 'member.remove', detail: { userId, role: current } });
  closeYjsConnections({ assessmentId, userId });
  disconnectLiveMember(assessmentId, userId);
}
