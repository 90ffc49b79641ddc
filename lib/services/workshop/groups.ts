import crypto from 'node:crypto';
import { closeYjsConnections } from '../../collab/access-changes';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { audit } from '../shared/audit';
import type { TUpdateGroup } from '../../contracts/workshop';
import type { TMembership } from '../access/membership';

// Every write checks the actor's right itself as well as the route, so that a socket.io
// handler or script calling these functions cannot skip it.
function assertManages(actor: TMembership): void {
  assertCan(actor, 'groups.manage', 'groups.forbidden');
}

async function requireGroup(db: TDb, assessmentId: string, groupId: string): Promise<{ id: string; name: string }> {
  const row = await db
    .selectFrom('breakout_groups')
    .select(['id', 'name'])
    .where('id', '=', groupId)
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  if (!row) throw new DomainError('groups.not_found');
  return row;
}

async function assertNameFree(db: TDb, assessmentId: string, name: string, exceptId?: string): Promise<void> {
  const rows = await db
    .selectFrom('breakout_groups')
    .select(['id', 'name'])
    .where('assessment_id', '=', assessmentId)
    .execute();
  if (rows.some((r) => r.id !== exceptId && r.name.toLowerCase() === name.toLowerCase())) {
    throw new DomainError('groups.name_taken', { name }, { fieldErrors: { name: ['Choose another name.'] } });
  }
}

/** Creates an empty breakout group, with its video-meeting link if given; returns its id. */
export async function createGroup(
  db: TDb,
  assessmentId: string,
  actor: TMembership,
  name: string,
  meetingUrl: string | null = null,
): Promise<string> {
  assertManages(actor);
  await assertNameFree(db, assessmentId, name);
  const id = crypto.randomUUID();
  await db
    .insertInto('breakout_groups')
    .values({ id, assessment_id: assessmentId, name, created_at: new Date().toISOString(), meeting_url: meetingUrl })
    .execute();
  await audit(db, {
    assessmentId,
    actorId: actor.userId,
    action: 'group.create',
    detail: { groupId: id, name, meetingLink: meetingUrl !== null },
  });
  return id;
}

/** Deletes a group; its areas become unallocated and its members ungrouped. */
export async function deleteGroup(db: TDb, assessmentId: string, actor: TMembership, groupId: string): Promise<void> {
  assertManages(actor);
  const group = await requireGroup(db, assessmentId, groupId);
  // The foreign keys cascade to group_areas and group_members.
  await db.deleteFrom('breakout_groups').where('id', '=', groupId).execute();
  await audit(db, {
    assessmentId,
    actorId: actor.userId,
    action: 'group.delete',
    detail: { groupId, name: group.name },
  });
  closeYjsConnections({ assessmentId });
}

async function rename(db: TDb, assessmentId: string, actor: TMembership, groupId: string, name: string): Promise<void> {
  await assertNameFree(db, assessmentId, name, groupId);
  await db.updateTable('breakout_groups').set({ name }).where('id', '=', groupId).execute();
  await audit(db, { assessmentId, actorId: actor.userId, action: 'group.rename', detail: { groupId, name } });
}

// The log says whether a link is set, never the link: a meeting's address may carry its passcode.
async function setMeetingUrl(
  db: TDb,
  assessmentId: string,
  actor: TMembership,
  groupId: string,
  meetingUrl: string | null,
): Promise<void> {
  await db.updateTable('breakout_groups').set({ meeting_url: meetingUrl }).where('id', '=', groupId).execute();
  await audit(db, {
    assessmentId,
    actorId: actor.userId,
    action: 'group.meeting-link',
    detail: { groupId, meetingLink: meetingUrl !== null },
  });
}

async function setMembers(
  db: TDb,
  assessmentId: string,
  actor: TMembership,
  groupId: string,
  memberIds: readonly string[],
): Promise<void> {
  const wanted = [...new Set(memberIds)];
  if (wanted.length > 0) {
    const known = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('assessment_id', '=', assessmentId)
      .where('user_id', 'in', wanted)
      .execute();
    if (known.length !== wanted.length)
      throw new DomainError('groups.members_only', undefined, {
        fieldErrors: { memberIds: ['Choose members of this assessment.'] },
      });
    const elsewhere = await db
      .selectFrom('group_members')
      .innerJoin('breakout_groups', 'breakout_groups.id', 'group_members.group_id')
      .innerJoin('users', 'users.id', 'group_members.user_id')
      .select(['users.name', 'breakout_groups.name as groupName'])
      .where('group_members.assessment_id', '=', assessmentId)
      .where('group_members.group_id', '!=', groupId)
      .where('group_members.user_id', 'in', wanted)
      .execute();
    if (elsewhere.length > 0) {
      const who = elsewhere.map((r) => `${r.name} (${r.groupName})`).join(', ');
      throw new DomainError(
        'groups.already_grouped',
        { who },
        { fieldErrors: { memberIds: ['Remove them from their group first.'] } },
      );
    }
  }
  const current = (
    await db.selectFrom('group_members').select('user_id').where('group_id', '=', groupId).execute()
  ).map((r) => r.user_id);
  const leaving = current.filter((id) => !wanted.includes(id));
  const joining = wanted.filter((id) => !current.includes(id));
  if (leaving.length > 0)
    await db.deleteFrom('group_members').where('group_id', '=', groupId).where('user_id', 'in', leaving).execute();
  if (joining.length > 0) {
    await db
      .insertInto('group_members')
      .values(
        joining.map((userId) => ({
          group_id: groupId,
          user_id: userId,
          assessment_id: assessmentId,
          is_rapporteur: 0,
        })),
      )
      .execute();
  }
  await audit(db, {
    assessmentId,
    actorId: actor.userId,
    action: 'group.members',
    detail: { groupId, joined: joining, left: leaving },
  });
}

async function setRapporteur(
  db: TDb,
  assessmentId: string,
  actor: TMembership,
  groupId: string,
  userId: string | null,
): Promise<void> {
  if (userId !== null) {
    const inGroup = await db
      .selectFrom('group_members')
      .select('user_id')
      .where('group_id', '=', groupId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!inGroup)
      throw new DomainError('groups.rapporteur_not_member', undefined, {
        fieldErrors: { rapporteurId: ['Choose one of the group’s members.'] },
      });
  }
  // Clear first: the one-rapporteur index would refuse two at once.
  await db.updateTable('group_members').set({ is_rapporteur: 0 }).where('group_id', '=', groupId).execute();
  if (userId !== null)
    await db
      .updateTable('group_members')
      .set({ is_rapporteur: 1 })
      .where('group_id', '=', groupId)
      .where('user_id', '=', userId)
      .execute();
  await audit(db, { assessmentId, actorId: actor.userId, action: 'group.rapporteur', detail: { groupId, userId } });
}

/** Renames a group, replaces its members, picks its rapporteur and/or sets its meeting link, all or nothing. */
export async function updateGroup(
  db: TDb,
  assessmentId: string,
  actor: TMembership,
  groupId: string,
  input: TUpdateGroup,
): Promise<void> {
  assertManages(actor);
  await db.transaction().execute(async (trx) => {
    await requireGroup(trx, assessmentId, groupId);
    if (input.name !== undefined) await rename(trx, assessmentId, actor, groupId, input.name);
    if (input.memberIds !== undefined) await setMembers(trx, assessmentId, actor, groupId, input.memberIds);
    if (input.rapporteurId !== undefined) await setRapporteur(trx, assessmentId, actor, groupId, input.rapporteurId);
    if (input.meetingUrl !== undefined) await setMeetingUrl(trx, assessmentId, actor, groupId, input.meetingUrl);
  });
  // Who writes which area and findings may have changed: open documents reconnect and are decided again.
  if (input.memberIds !== undefined) closeYjsConnections({ assessmentId });
}
