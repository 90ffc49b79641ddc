import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import type { WorkshopSessionsTable } from '../../db/schema';
import { assertCan } from '../../domain/access/assert-can';
import { JOIN_GRACE_MINUTES, sessionPhase } from '../../domain/workshop/session-phase';
import type { TAgendaItem } from '../../domain/workshop/sessions';
import { audit } from '../shared/audit';
import { findMembership, type TMembership } from '../access/membership';
import {
  SESSION_DURATION,
  type TAttendance,
  type TSessionInput,
  type TSessionUpdate,
  type TWorkshopSession,
} from '../../contracts/sessions';

function toSession(row: Selectable<WorkshopSessionsTable>): TWorkshopSession {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: new Date(new Date(row.starts_at).getTime() + row.duration_minutes * 60_000).toISOString(),
    durationMinutes: row.duration_minutes,
    agenda: JSON.parse(row.agenda) as TAgendaItem[],
    sequence: Number(row.sequence),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    meetingUrl: row.meeting_url,
  };
}

// Route handlers check 'session.run' too; checking here keeps the live server and scripts honest.
function assertMayRun(actor: TMembership): void {
  assertCan(actor, 'session.run', 'sessions.forbidden');
}

/**
 * Refuses agenda areas outside the assessment's scope (a targeted assessment covers only some),
 * and owners or groups that are not the assessment's.
 */
async function assertAgendaInScope(db: TDb, assessmentId: string, agenda: readonly TAgendaItem[]): Promise<void> {
  const row = await db.selectFrom('assessments').select('areas').where('id', '=', assessmentId).executeTakeFirst();
  if (!row) throw new DomainError('assessment.not_found');
  const inScope = new Set(JSON.parse(row.areas) as string[]);
  const fieldErrors: Record<string, string[]> = {};
  const [members, groups] = await Promise.all([
    db.selectFrom('memberships').select('user_id').where('assessment_id', '=', assessmentId).execute(),
    db.selectFrom('breakout_groups').select('id').where('assessment_id', '=', assessmentId).execute(),
  ]);
  const memberIds = new Set(members.map((m) => m.user_id));
  const groupIds = new Set(groups.map((g) => g.id));
  agenda.forEach((item, i) => {
    if (item.areaId && !inScope.has(item.areaId))
      fieldErrors[`agenda.${i}.areaId`] = ['This area is not in the assessment’s scope.'];
    if (item.ownerId && !memberIds.has(item.ownerId))
      fieldErrors[`agenda.${i}.ownerId`] = ['Not a member of this assessment.'];
    if (item.groupId && !groupIds.has(item.groupId))
      fieldErrors[`agenda.${i}.groupId`] = ['Choose a group of this assessment.'];
  });
  if (Object.keys(fieldErrors).length > 0)
    throw new DomainError('validation.failed', undefined, { fieldErrors: fieldErrors });
}

/** The sessions of an assessment, earliest first. */
export async function listSessions(db: TDb, assessmentId: string): Promise<TWorkshopSession[]> {
  const rows = await db
    .selectFrom('workshop_sessions')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
  return rows.map(toSession);
}

/** One session of an assessment; 404 when it is not one of this assessment's. */
export async function findSession(db: TDb, assessmentId: string, sessionId: string): Promise<TWorkshopSession> {
  const row = await db
    .selectFrom('workshop_sessions')
    .selectAll()
    .where('id', '=', sessionId)
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  if (!row) throw new DomainError('sessions.not_found');
  return toSession(row);
}

/** Schedules a session; facilitators only. */
export async function createSession(
  db: TDb,
  assessmentId: string,
  actor: TMembership,
  input: TSessionInput,
): Promise<TWorkshopSession> {
  assertMayRun(actor);
  await assertAgendaInScope(db, assessmentId, input.agenda);
  const now = new Date().toISOString();
  const id = crypto.randomUUID();
  await db
    .insertInto('workshop_sessions')
    .values({
      id,
      assessment_id: assessmentId,
      title: input.title,
      starts_at: input.startsAt,
      duration_minutes: input.durationMinutes,
      agenda: JSON.stringify(input.agenda),
      meeting_url: input.meetingUrl ?? null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await audit(db, {
    assessmentId,
    actorId: actor.userId,
    action: 'session.create',
    detail: { sessionId: id, title: input.title, startsAt: input.startsAt },
  });
  return findSession(db, assessmentId, id);
}

/** Changes a session's title, time, duration, agenda or meeting link; facilitators only. */
export async function updateSession(
  db: TDb,
  assessmentId: string,
  sessionId: string,
  actor: TMembership,
  input: TSessionUpdate,
): Promise<TWorkshopSession> {
  assertMayRun(actor);
  await findSession(db, assessmentId, sessionId);
  if (input.agenda) await assertAgendaInScope(db, assessmentId, input.agenda);
  await db
    .updateTable('workshop_sessions')
    .set((eb) => ({
      ...(input.title === undefined ? {} : { title: input.title }),
      // A new time is a new reminder.
      ...(input.startsAt === undefined ? {} : { starts_at: input.startsAt, reminded_at: null }),
      ...(input.durationMinutes === undefined ? {} : { duration_minutes: input.durationMinutes }),
      ...(input.agenda === undefined ? {} : { agenda: JSON.stringify(input.agenda) }),
      ...(input.meetingUrl === undefined ? {} : { meeting_url: input.meetingUrl }),
      sequence: eb('sequence', '+', 1),
      updated_at: new Date().toISOString(),
    }))
    .where('id', '=', sessionId)
    .where('assessment_id', '=', assessmentId)
    .execute();
  await audit(db, {
    assessmentId,
    actorId: actor.userId,
    action: 'session.update',
    detail: { sessionId, fields: Object.keys(input) },
  });
  return findSession(db, assessmentId, sessionId);
}

/** Cancels a session, with its attendance; facilitators only. */
export async function deleteSession(
  db: TDb,
  assessmentId: string,
  sessionId: string,
  actor: TMembership,
): Promise<void> {
  assertMayRun(actor);
  const session = await findSession(db, assessmentId, sessionId);
  await db
    .deleteFrom('workshop_sessions')
    .where('id', '=', sessionId)
    .where('assessment_id', '=', assessmentId)
    .execute();
  await audit(db, {
    assessmentId,
    actorId: actor.userId,
    action: 'session.delete',
    detail: { sessionId, title: session.title, startsAt: session.startsAt },
  });
}

// UTC ISO strings sort as the instants do, so the database narrows sessions by start (none runs
// longer than the longest duration, none earlier than the grace period) and code finishes the check.
async function runningSessions(
  db: TDb,
  now: Date,
  assessmentId?: string,
): Promise<{ id: string; assessmentId: string }[]> {
  const earliest = new Date(now.getTime() - SESSION_DURATION.max * 60_000).toISOString();
  const latest = new Date(now.getTime() + JOIN_GRACE_MINUTES * 60_000).toISOString();
  let query = db
    .selectFrom('workshop_sessions')
    .select(['id', 'assessment_id', 'starts_at', 'duration_minutes'])
    .where('starts_at', '>=', earliest)
    .where('starts_at', '<=', latest);
  if (assessmentId !== undefined) query = query.where('assessment_id', '=', assessmentId);
  const rows = await query.execute();
  return rows
    .filter((r) => sessionPhase({ startsAt: r.starts_at, durationMinutes: r.duration_minutes }, now) === 'running')
    .map((r) => ({ id: r.id, assessmentId: r.assessment_id }));
}

/** The assessments with a session running at `now`: those whose live room the attendance sweep looks into. */
export async function assessmentsWithRunningSessions(db: TDb, now: Date = new Date()): Promise<string[]> {
  return [...new Set((await runningSessions(db, now)).map((s) => s.assessmentId))];
}

/**
 * Marks a member present in every session of the assessment running at `now` (from the grace
 * period before its start to its end); the live server calls it when someone joins the room and
 * for everyone in the room while a session runs. Returns the ids of those sessions; a non-member
 * is never recorded.
 */
export async function recordAttendance(
  db: TDb,
  assessmentId: string,
  userId: string,
  now: Date = new Date(),
): Promise<string[]> {
  if (!(await findMembership(db, assessmentId, userId))) return [];
  const running = (await runningSessions(db, now, assessmentId)).map((s) => s.id);
  const at = now.toISOString();
  for (const sessionId of running) {
    await db
      .insertInto('session_attendance')
      .values({ session_id: sessionId, user_id: userId, first_joined_at: at, last_seen_at: at })
      .onConflict((oc) => oc.columns(['session_id', 'user_id']).doUpdateSet({ last_seen_at: at }))
      .execute();
  }
  return running;
}

/** Who attended a session and when, in order of arrival. */
export async function listAttendance(db: TDb, sessionId: string): Promise<TAttendance[]> {
  const rows = await db
    .selectFrom('session_attendance')
    .innerJoin('users', 'users.id', 'session_attendance.user_id')
    .select(['users.id', 'users.name', 'session_attendance.first_joined_at', 'session_attendance.last_seen_at'])
    .where('session_attendance.session_id', '=', sessionId)
    .orderBy('session_attendance.first_joined_at')
    .execute();
  return rows.map((r) => ({
    userId: r.id,
    name: r.name,
    firstJoinedAt: r.first_joined_at,
    lastSeenAt: r.last_seen_at,
  }));
}
