// Assigning questions between sessions: who may assign what to whom, the assignee's notification
// and home task, and the reminder at 08:00 the day before in the assignee's own zone.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TDb } from '@/lib/db/client';
import { ZAssignmentsResponseSchema } from '@/lib/contracts/notifications';
import { ZMyWorkshopResponseSchema } from '@/lib/contracts/assessments';
import type { TMembership } from '@/lib/services/access/membership';
import { myWorkshop } from '@/lib/services/assessments/my-workshop';
import {
  createAssignments,
  deleteAssignment,
  listAssignments,
  updateAssignment,
} from '@/lib/services/checklist/assignments';
import { listNotifications } from '@/lib/services/notifications/inbox';
import { runAssignmentReminders } from '@/lib/services/notifications/on-assignment';
import { dbTargets, openMigrated } from './helpers/db-targets';
import { seedDemoMembers } from './helpers/demo-members';

describe.each(dbTargets())('assignments on $name', (target) => {
  let db: TDb;
  let assessmentId: string;
  const m: Record<'ef' | 'ana' | 'tomas' | 'ben' | 'obs', TMembership> = {} as never;

  beforeAll(async () => {
    db = await openMigrated(target);
    const demo = await seedDemoMembers(db);
    assessmentId = demo.assessmentId;
    const by = (email: string): TMembership => {
      const { userId, role } = demo.members.find((x) => x.email === email)!;
      return { assessmentId, userId, role };
    };
    m.ef = by('facilitator@demo.test');
    m.ana = by('ana@demo.test');
    m.tomas = by('trader@demo.test');
    m.ben = by('ben@demo.test');
    m.obs = by('observer@demo.test');
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  beforeEach(async () => {
    await db.deleteFrom('assignments').execute();
    await db.deleteFrom('notifications').execute();
  });

  it('a rapporteur assigns questions of the group’s areas to a member of the group, who is told and sees them at home', async () => {
    const made = await createAssignments(db, m.ana, {
      questionKeys: ['transparency.1', 'transparency.2'],
      assigneeId: m.tomas.userId,
      dueDate: '2027-05-10',
    });
    expect(made.map((a) => a.questionKey)).toEqual(['transparency.1', 'transparency.2']);
    const listed = { assignments: await listAssignments(db, assessmentId, 'transparency') };
    expect(ZAssignmentsResponseSchema.parse(listed)).toEqual(listed);
    expect(listed.assignments[0]).toMatchObject({ assignee: { id: m.tomas.userId }, dueDate: '2027-05-10' });

    const [told] = await listNotifications(db, m.tomas.userId);
    expect(told).toMatchObject({
      kind: 'assignment',
      params: { questionKey: 'transparency.1', count: 2, due: '2027-05-10' },
      link: `/assessments/${assessmentId}/checklist/transparency#q-transparency.1`,
    });
    const home = ZMyWorkshopResponseSchema.parse(await myWorkshop(db, m.tomas));
    expect(home.tasks.filter((t) => t.kind === 'assigned').map((t) => [t.question, t.due])).toEqual([
      ['1', '2027-05-10'],
      ['2', '2027-05-10'],
    ]);
  });

  it('refuses whoever may not assign, and an assignee who cannot answer the area', async () => {
    const input = { questionKeys: ['audit-investigation.1'], assigneeId: m.ben.userId, dueDate: '2027-05-10' };
    // Ana reports for Group A; audit and investigation is Group B's.
    await expect(createAssignments(db, m.ana, input)).rejects.toMatchObject({ code: 'assignments.forbidden' });
    await expect(
      createAssignments(db, m.tomas, { ...input, questionKeys: ['transparency.1'], assigneeId: m.tomas.userId }),
    ).rejects.toMatchObject({ code: 'assignments.forbidden' });
    await expect(createAssignments(db, m.obs, input)).rejects.toMatchObject({ code: 'assignments.forbidden' });
    await expect(createAssignments(db, m.ef, { ...input, assigneeId: m.tomas.userId })).rejects.toMatchObject({
      code: 'assignments.assignee_cannot_answer',
      fieldErrors: { assigneeId: expect.any(Array) },
    });
    await expect(createAssignments(db, m.ef, { ...input, questionKeys: ['transparency.999'] })).rejects.toMatchObject({
      code: 'question.not_found',
    });
    expect(await listAssignments(db, assessmentId)).toEqual([]);
    expect(await listNotifications(db, m.ben.userId)).toEqual([]);

    const [made] = await createAssignments(db, m.ef, input);
    await expect(updateAssignment(db, m.ef, made!.id, { assigneeId: m.tomas.userId })).rejects.toMatchObject({
      code: 'assignments.assignee_cannot_answer',
    });
    await expect(deleteAssignment(db, m.obs, made!.id)).rejects.toMatchObject({ code: 'assignments.forbidden' });
    await expect(deleteAssignment(db, m.ana, made!.id)).rejects.toMatchObject({ code: 'assignments.forbidden' });
    await deleteAssignment(db, m.ben, made!.id);
    expect(await listAssignments(db, assessmentId)).toEqual([]);
  });

  it('reminds the assignee once, at 08:00 the day before in their zone', async () => {
    await db.updateTable('users').set({ time_zone: 'Europe/Brussels' }).where('id', '=', m.tomas.userId).execute();
    await createAssignments(db, m.ana, {
      questionKeys: ['automation.3'],
      assigneeId: m.tomas.userId,
      dueDate: '2027-05-10',
    });
    await db.deleteFrom('notifications').execute();
    // Brussels is UTC+2 in May: 08:00 on 9 May is 06:00 UTC.
    expect(await runAssignmentReminders(db, new Date('2027-05-09T05:59:00Z'))).toBe(0);
    expect(await runAssignmentReminders(db, new Date('2027-05-09T06:00:00Z'))).toBe(1);
    expect(await runAssignmentReminders(db, new Date('2027-05-09T09:00:00Z'))).toBe(0);
    const notes = await listNotifications(db, m.tomas.userId);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'assignment', params: { questionKey: 'automation.3', due: '2027-05-10' } });
    expect(notes[0]!.params.actor).toBeUndefined();
  });

  it('a new due date is reminded again', async () => {
    const [made] = await createAssignments(db, m.ef, {
      questionKeys: ['automation.4'],
      assigneeId: m.tomas.userId,
      dueDate: '2027-05-10',
    });
    expect(await runAssignmentReminders(db, new Date('2027-05-10T00:00:00Z'))).toBe(1);
    await updateAssignment(db, m.ef, made!.id, { dueDate: '2027-06-10' });
    expect(await runAssignmentReminders(db, new Date('2027-05-10T00:00:00Z'))).toBe(0);
    expect(await runAssignmentReminders(db, new Date('2027-06-09T12:00:00Z'))).toBe(1);
  });
});
