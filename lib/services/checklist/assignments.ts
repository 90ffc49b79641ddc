import 'server-only';
import crypto from 'node:crypto';
import type { TDb } from '../../db/client';
import { type TAssignment, type TAssignmentUpdate, type TNewAssignment } from '../../contracts/notifications';
import { areaOfQuestionKey } from '../../contracts/checklist';
import { isFacilitator } from '../../domain/access/roles';
import { DomainError } from '../../domain/shared/errors';
import type { TMembership } from '../access/membership';
import { notifyAssignment } from '../notifications/on-assignment';
import { audit } from '../shared/audit';
import { editableAreas } from '../workshop/area-allocation';
import { assertQuestionInScope } from './comments';

// Questions assigned to members between sessions. Facilitators assign any area's questions; a
// group's rapporteur assigns those of the group's areas. The assignee must be someone who may
// answer the area, and is told (and reminded the day before, in their morning).

async function mayAssign(db: TDb, actor: TMembership, areaId: string): Promise<boolean> {
  if (isFacilitator(actor.role)) return true;
  const row = await db
    .selectFrom('group_areas')
    .innerJoin('group_members', 'group_members.group_id', 'group_areas.group_id')
    .select('group_members.user_id')
    .where('group_areas.assessment_id', '=', actor.assessmentId)
    .where('group_areas.area_id', '=', areaId)
    .where('group_members.user_id', '=', actor.userId)
    .where('group_members.is_rapporteur', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}

async function assertAssignable(db: TDb, actor: TMembership, questionKeys: readonly string[], assigneeId: string) {
  const areas = new Set(questionKeys.map(areaOfQuestionKey));
  for (const key of questionKeys) await assertQuestionInScope(db, actor.assessmentId, key);
  for (const areaId of areas) if (!(await mayAssign(db, actor, areaId))) throw new DomainError('assignments.forbidden');
  const answerable = await editableAreas(db, actor.assessmentId, assigneeId);
  if ([...areas].some((a) => !answerable.has(a)))
    throw new DomainError('assignments.assignee_cannot_answer', undefined, {
      fieldErrors: { assigneeId: ['This member cannot answer the questions of this area.'] },
    });
}

/** The assessment's assignments (of one area when given), by due date. */
export async function listAssignments(db: TDb, assessmentId: string, areaId?: string): Promise<TAssignment[]> {
  let q = db
    .selectFrom('assignments')
    .innerJoin('users as assignee', 'assignee.id', 'assignments.assignee_id')
    .innerJoin('users as by', 'by.id', 'assignments.assigned_by')
    .select([
      'assignments.id',
      'assignments.question_key',
      'assignments.due_date',
      'assignments.created_at',
      'assignee.id as assignee_id',
      'assignee.name as assignee_name',
      'by.id as by_id',
      'by.name as by_name',
    ])
    .where('assignments.assessment_id', '=', assessmentId)
    .orderBy('assignments.due_date')
    .orderBy('assignments.question_key');
  if (areaId) q = q.where('assignments.question_key', 'like', `${areaId}.%`);
  return (await q.execute()).map((r) => ({
    id: r.id,
    questionKey: r.question_key,
    assignee: { id: r.assignee_id, name: r.assignee_name },
    dueDate: r.due_date,
    assignedBy: { id: r.by_id, name: r.by_name },
    createdAt: r.created_at,
  }));
}

/** Assigns questions to a member; a question already assigned to them keeps one row, with the new date. */
export async function createAssignments(db: TDb, actor: TMembership, input: TNewAssignment): Promise<TAssignment[]> {
  const keys = [...new Set(input.questionKeys)];
  await assertAssignable(db, actor, keys, input.assigneeId);
  const now = new Date().toISOString();
  const ids: string[] = [];
  await db.transaction().execute(async (trx) => {
    for (const key of keys) {
      const existing = await trx
        .selectFrom('assignments')
        .select('id')
        .where('assessment_id', '=', actor.assessmentId)
        .where('question_key', '=', key)
        .where('assignee_id', '=', input.assigneeId)
        .executeTakeFirst();
      if (existing) {
        await trx
          .updateTable('assignments')
          .set({ due_date: input.dueDate, reminded_at: null })
          .where('id', '=', existing.id)
          .execute();
        ids.push(existing.id);
        continue;
      }
      const id = crypto.randomUUID();
      await trx
        .insertInto('assignments')
        .values({
          id,
          assessment_id: actor.assessmentId,
          question_key: key,
          assignee_id: input.assigneeId,
          due_date: input.dueDate,
          assigned_by: actor.userId,
          created_at: now,
          reminded_at: null,
        })
        .execute();
      ids.push(id);
    }
  });
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'assignment.create',
    detail: { questionKeys: keys, assigneeId: input.assigneeId, dueDate: input.dueDate },
  });
  await notifyAssignment(db, actor, input.assigneeId, keys, input.dueDate);
  const all = await listAssignments(db, actor.assessmentId);
  return all.filter((a) => ids.includes(a.id));
}

async function findAssignment(db: TDb, assessmentId: string, id: string) {
  const row = await db
    .selectFrom('assignments')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DomainError('assignments.not_found');
  return row;
}

/** Another member or another due date; the new assignee is told. */
export async function updateAssignment(
  db: TDb,
  actor: TMembership,
  id: string,
  input: TAssignmentUpdate,
): Promise<TAssignment> {
  const row = await findAssignment(db, actor.assessmentId, id);
  const assigneeId = input.assigneeId ?? row.assignee_id;
  await assertAssignable(db, actor, [row.question_key], assigneeId);
  const dueDate = input.dueDate ?? row.due_date;
  await db
    .updateTable('assignments')
    .set({ assignee_id: assigneeId, due_date: dueDate, reminded_at: null })
    .where('id', '=', id)
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'assignment.update',
    detail: { id, ...input },
  });
  if (assigneeId !== row.assignee_id || dueDate !== row.due_date)
    await notifyAssignment(db, actor, assigneeId, [row.question_key], dueDate);
  const updated = (await listAssignments(db, actor.assessmentId)).find((a) => a.id === id);
  if (!updated) throw new DomainError('assignments.not_found');
  return updated;
}

/** Withdraws an assignment. */
export async function deleteAssignment(db: TDb, actor: TMembership, id: string): Promise<void> {
  const row = await findAssignment(db, actor.assessmentId, id);
  if (!(await mayAssign(db, actor, areaOfQuestionKey(row.question_key))))
    throw new DomainError('assignments.forbidden');
  await db.deleteFrom('assignments').where('id', '=', id).execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'assignment.delete',
    detail: { id },
  });
}

/**
 * What the area page's assignments panel needs: the area's assignments, whether this member may
 * assign its questions, and to whom (the members who may answer the area).
 */
export async function areaAssignments(
  db: TDb,
  member: TMembership,
  areaId: string,
): Promise<{ assignments: TAssignment[]; canAssign: boolean; candidates: { id: string; name: string }[] }> {
  const [assignments, canAssign] = await Promise.all([
    listAssignments(db, member.assessmentId, areaId),
    mayAssign(db, member, areaId),
  ]);
  if (!canAssign) return { assignments, canAssign, candidates: [] };
  const members = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.name'])
    .where('memberships.assessment_id', '=', member.assessmentId)
    .orderBy('users.name')
    .execute();
  const answering = await Promise.all(
    members.map(async (m) => ((await editableAreas(db, member.assessmentId, m.id)).has(areaId) ? m : null)),
  );
  return { assignments, canAssign, candidates: answering.filter((m) => m !== null) };
}
