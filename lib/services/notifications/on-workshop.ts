import type { TDb } from '../../db/client';
import { can } from '../../domain/access/permissions';
import type { TMembership } from '../access/membership';
import { notify } from './notify';

// The workshop's events that concern particular people: each says who is told and where the
// link takes them. Every member here may see the page linked (they hold the action named).

async function memberIds(db: TDb, assessmentId: string): Promise<string[]> {
  const rows = await db.selectFrom('memberships').select('user_id').where('assessment_id', '=', assessmentId).execute();
  return rows.map((r) => r.user_id);
}

/** A rating round was opened: everyone who may vote is asked to rate. */
export async function notifyRoundOpened(db: TDb, actor: TMembership): Promise<void> {
  await notify(db, {
    kind: 'rating-opened',
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    recipientIds: await memberIds(db, actor.assessmentId),
    link: `/assessments/${actor.assessmentId}/priorities`,
    mayNotify: (m) => can(m.role, 'vote'),
  });
}

/** The plan was submitted: each named approver is asked to decide. */
export async function notifyPlanSubmitted(db: TDb, actor: TMembership, submissionId: string): Promise<void> {
  const approvers = await db
    .selectFrom('plan_approvals')
    .select('approver_id')
    .where('submission_id', '=', submissionId)
    .execute();
  await notify(db, {
    kind: 'approval-requested',
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    recipientIds: approvers.map((a) => a.approver_id),
    link: `/assessments/${actor.assessmentId}/plan#adoption`,
    mayNotify: (m) => can(m.role, 'plan.adopt'),
  });
}

/** The plenary disputed a group's finding: the group's members are told. */
export async function notifyFindingDisputed(db: TDb, actor: TMembership, groupId: string): Promise<void> {
  const group = await db
    .selectFrom('breakout_groups')
    .select('name')
    .where('id', '=', groupId)
    .where('assessment_id', '=', actor.assessmentId)
    .executeTakeFirst();
  if (!group) return;
  const members = await db.selectFrom('group_members').select('user_id').where('group_id', '=', groupId).execute();
  await notify(db, {
    kind: 'finding-disputed',
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    recipientIds: members.map((m) => m.user_id),
    link: `/assessments/${actor.assessmentId}/report-back`,
    params: { place: group.name },
    mayNotify: (m) => can(m.role, 'assessment.view'),
  });
}

/** A session's time or agenda changed: every member is told (they see the sessions page). */
export async function notifySessionChanged(db: TDb, actor: TMembership, session: { title: string }): Promise<void> {
  await notify(db, {
    kind: 'session-changed',
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    recipientIds: await memberIds(db, actor.assessmentId),
    link: `/assessments/${actor.assessmentId}/sessions`,
    params: { place: session.title },
    mayNotify: (m) => can(m.role, 'assessment.view'),
  });
}

/** How long before a session its members are told it starts soon. */
const STARTING_SOON_MS = 60 * 60_000;

/**
 * Tells every member of a session that starts within the hour, once (claimed on the session row,
 * so that one instance sends it). Its time is shown in each member's zone on the page it links to.
 */
export async function runSessionReminders(db: TDb, now = new Date()): Promise<number> {
  const soon = await db
    .selectFrom('workshop_sessions')
    .select(['id', 'assessment_id', 'title', 'starts_at', 'created_by'])
    .where('reminded_at', 'is', null)
    .where('starts_at', '>', now.toISOString())
    .where('starts_at', '<=', new Date(now.getTime() + STARTING_SOON_MS).toISOString())
    .execute();
  let told = 0;
  for (const s of soon) {
    const claimed = await db
      .updateTable('workshop_sessions')
      .set({ reminded_at: now.toISOString() })
      .where('id', '=', s.id)
      .where('reminded_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    await notify(
      db,
      {
        kind: 'session-starting',
        assessmentId: s.assessment_id,
        actorId: null,
        recipientIds: await memberIds(db, s.assessment_id),
        link: `/assessments/${s.assessment_id}/sessions`,
        params: { place: s.title, due: s.starts_at },
        mayNotify: (m) => can(m.role, 'assessment.view'),
      },
      now,
    );
    told += 1;
  }
  return told;
}
