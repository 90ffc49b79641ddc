import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { assertCan } from '../../domain/access/assert-can';
import { modesRun } from '../../domain/assessments/modes';
import { audit } from '../shared/audit';
import { modeSettingOf } from '../assessments/step-activities';
import { assertMembers } from './library';
import type { TMembership } from '../access/membership';
import { listAttendance, listSessions } from '../workshop/sessions';
import type { TActivityEntryInput, TActivityLogEntry } from '../../contracts/library';

/** Records an activity; facilitators only. Field visits (activity 5.5) belong to assessments in the field. */
export async function addActivityEntry(db: TDb, member: TMembership, input: TActivityEntryInput): Promise<string> {
  assertCan(member, 'steps.edit', 'activity_log.record_forbidden');
  const setting = await modeSettingOf(db, member.assessmentId);
  if (input.kind === 'field-visit' && !modesRun(setting).includes(1))
    throw new DomainError('validation.failed', undefined, {
      fieldErrors: { kind: ['Field visits are part of in-country assessments (mode 1) only.'] },
    });
  await assertMembers(db, member.assessmentId, input.participantIds, 'participantIds');
  const id = crypto.randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('activity_log')
      .values({
        id,
        assessment_id: member.assessmentId,
        step: input.step,
        kind: input.kind,
        title: input.title,
        held_on: input.heldOn,
        notes: input.notes,
        others: input.others,
        recorded_by: member.userId,
        created_at: new Date().toISOString(),
      })
      .execute();
    for (const userId of new Set(input.participantIds))
      await trx.insertInto('activity_participants').values({ entry_id: id, user_id: userId }).execute();
  });
  await audit(db, {
    assessmentId: member.assessmentId,
    actorId: member.userId,
    action: 'activity-log.add',
    detail: { entryId: id, kind: input.kind },
  });
  return id;
}

/** Removes a recorded activity; facilitators only. */
export async function removeActivityEntry(db: TDb, member: TMembership, entryId: string): Promise<void> {
  assertCan(member, 'steps.edit', 'activity_log.change_forbidden');
  const gone = await db
    .deleteFrom('activity_log')
    .where('id', '=', entryId)
    .where('assessment_id', '=', member.assessmentId)
    .executeTakeFirst();
  if (Number(gone.numDeletedRows) === 0) throw new DomainError('activity_log.not_found');
  await audit(db, {
    assessmentId: member.assessmentId,
    actorId: member.userId,
    action: 'activity-log.remove',
    detail: { entryId },
  });
}

/**
 * The assessment's step 3 and 4 activity log for the report, oldest first: recorded activities
 * with who took part, and each background document review (its reviewer and the day of the
 * summary), and workshop sessions whose agenda covers a step 3 or 4 activity (Annex 4 codes 3.x,
 * 4.x) with who attended. A restricted document is named only as such, as the report may be read
 * more widely.
 */
export async function activityLog(db: TDb, assessmentId: string): Promise<TActivityLogEntry[]> {
  const rows = await db.selectFrom('activity_log').selectAll().where('assessment_id', '=', assessmentId).execute();
  const people = rows.length
    ? await db
        .selectFrom('activity_participants')
        .innerJoin('users', 'users.id', 'activity_participants.user_id')
        .select(['entry_id', 'users.id', 'users.name'])
        .where(
          'entry_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('users.name')
        .execute()
    : [];
  const recorded: TActivityLogEntry[] = rows.map((r) => ({
    id: r.id,
    step: Number(r.step) === 4 ? 4 : 3,
    kind: r.kind,
    title: r.title,
    heldOn: r.held_on,
    notes: r.notes,
    participants: people.filter((p) => p.entry_id === r.id).map((p) => ({ id: p.id, name: p.name })),
    others: r.others,
    source: 'recorded',
  }));
  const reviews = await db
    .selectFrom('library_documents')
    .innerJoin('users', 'users.id', 'library_documents.summary_by')
    .select(['library_documents.id', 'title', 'visibility', 'summary_at', 'users.id as user_id', 'users.name'])
    .where('assessment_id', '=', assessmentId)
    .where('summary_at', 'is not', null)
    .where('summary', '!=', '')
    .execute();
  const derived: TActivityLogEntry[] = reviews.map((r) => ({
    id: `review:${r.id}`,
    step: 3,
    kind: 'document-review',
    title: r.visibility === 'members' ? r.title : 'A restricted background document',
    heldOn: (r.summary_at ?? '').slice(0, 10),
    notes: '',
    participants: [{ id: r.user_id, name: r.name }],
    others: '',
    source: 'library',
  }));
  const sessions: TActivityLogEntry[] = [];
  for (const session of await listSessions(db, assessmentId)) {
    const codes = session.agenda.map((a) => a.activityCode ?? '').filter((c) => /^[34]\./.test(c));
    if (codes.length === 0) continue;
    sessions.push({
      id: `session:${session.id}`,
      step: codes.every((c) => c.startsWith('4.')) ? 4 : 3,
      kind: 'meeting',
      title: session.title,
      heldOn: session.startsAt.slice(0, 10),
      notes: `Annex 4 ${[...new Set(codes)].join(', ')}`,
      participants: (await listAttendance(db, session.id)).map((a) => ({ id: a.userId, name: a.name })),
      others: '',
      source: 'session',
    });
  }
  return [...recorded, ...derived, ...sessions].sort(
    (a, b) => a.heldOn.localeCompare(b.heldOn) || a.title.localeCompare(b.title),
  );
}
