import type { TDb } from '../../db/client';
import { can } from '../../domain/access/permissions';
import { dayBeforeMorning } from '../../domain/notifications/digest-schedule';
import { isValidTimeZone } from '../../domain/time/time-zone';
import type { TMembership } from '../access/membership';
import { notify } from './notify';

/** The assignee is told of questions assigned to them, with the due date and a link to the first. */
export async function notifyAssignment(
  db: TDb,
  actor: TMembership,
  assigneeId: string,
  questionKeys: readonly string[],
  dueDate: string,
): Promise<void> {
  const first = questionKeys[0];
  if (!first) return;
  const areaId = first.split('.')[0] ?? '';
  await notify(db, {
    kind: 'assignment',
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    recipientIds: [assigneeId],
    link: `/assessments/${actor.assessmentId}/checklist/${areaId}#q-${first}`,
    params: { questionKey: first, count: questionKeys.length, due: dueDate },
    mayNotify: (m) => can(m.role, 'checklist.view'),
  });
}

/**
 * Reminds each assignee of what is due, at 08:00 the day before in their own zone, once per
 * assignment. Runs with the mail runner whether or not mail is configured: the reminder is a
 * notification, in the app at least.
 */
export async function runAssignmentReminders(db: TDb, now = new Date()): Promise<number> {
  const rows = await db
    .selectFrom('assignments')
    .innerJoin('users', 'users.id', 'assignments.assignee_id')
    .select([
      'assignments.id',
      'assignments.assessment_id',
      'assignments.question_key',
      'assignments.assignee_id',
      'assignments.assigned_by',
      'assignments.due_date',
      'users.time_zone',
    ])
    .where('assignments.reminded_at', 'is', null)
    .execute();
  let reminded = 0;
  for (const r of rows) {
    const zone = r.time_zone && isValidTimeZone(r.time_zone) ? r.time_zone : 'UTC';
    const at = dayBeforeMorning(r.due_date, zone);
    if (!at || Date.parse(at) > now.getTime()) continue;
    // Marked first: a second runner (another instance) finds it taken and does not remind again.
    const claimed = await db
      .updateTable('assignments')
      .set({ reminded_at: now.toISOString() })
      .where('id', '=', r.id)
      .where('reminded_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const areaId = r.question_key.split('.')[0] ?? '';
    await notify(
      db,
      {
        kind: 'assignment',
        assessmentId: r.assessment_id,
        actorId: null,
        recipientIds: [r.assignee_id],
        link: `/assessments/${r.assessment_id}/checklist/${areaId}#q-${r.question_key}`,
        params: { questionKey: r.question_key, due: r.due_date },
        mayNotify: (m) => can(m.role, 'checklist.view'),
      },
      now,
    );
    reminded += 1;
  }
  return reminded;
}
