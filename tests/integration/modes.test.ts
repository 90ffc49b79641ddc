// What the mode changes, through the real route handlers (the session is stubbed; validation,
// roles and the database are real), on every database: a self-assessment (mode 3) has no open
// activity Annex 4 marks N/A for it and starts with its Annex 7 structure; the mode changes only
// while preparing, by facilitators, after a preview; activities are owned by the roles the mode
// makes responsible; the good practices of Annex 6 or 7 are ticked with a note by facilitators.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as assessmentsRoute from '@/app/api/assessments/route';
import * as modeRoute from '@/app/api/assessments/[id]/mode/route';
import * as previewRoute from '@/app/api/assessments/[id]/mode/preview/route';
import * as practiceRoute from '@/app/api/assessments/[id]/practices/[itemKey]/route';
import * as structureRoute from '@/app/api/assessments/[id]/self-assessment/route';
import * as structureMemberRoute from '@/app/api/assessments/[id]/self-assessment/members/[userId]/route';
import * as stepRoute from '@/app/api/assessments/[id]/steps/[code]/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import { ZCreatedAssessmentResponseSchema, ZMyWorkshopResponseSchema } from '@/lib/contracts/assessments';
import { ZModeChangeResponseSchema, ZPracticeCheckResponseSchema } from '@/lib/contracts/modes';
import type { TRole } from '@/lib/domain/access/roles';
import { myWorkshop } from '@/lib/services/assessments/my-workshop';
import { listPracticeChecks } from '@/lib/services/assessments/practices';
import { findSelfAssessment } from '@/lib/services/assessments/self-assessment';
import { listStepActivities } from '@/lib/services/assessments/step-activities';
import {
  type TTestDb,
  type TTestUser,
  addMember,
  callRoute as call,
  createUser,
  dbKinds,
  routeTestDb,
  sessionUserOf,
} from './helpers/yjs-harness';

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const MODE_3_NOT_APPLICABLE = ['2.1', '2.4', '2.5', '4.1', '4.2', '4.3'];

describe.each(dbKinds)('assessment modes on %s', (kind) => {
  let t: TTestDb;
  const u = {} as Record<'lf' | 'ef' | 'sm' | 'ic' | 'xc' | 'obs', TTestUser>;
  const roles: Record<keyof typeof u, TRole> = { lf: 'LF', ef: 'EF', sm: 'SM', ic: 'IC', xc: 'XC', obs: 'OBS' };

  beforeAll(async () => {
    t = await routeTestDb(kind);
    for (const who of Object.keys(roles) as (keyof typeof u)[]) u[who] = await createUser(t.db, who);
  });

  afterAll(async () => {
    await t?.close();
  });

  function as(who: keyof typeof u): void {
    session.user = sessionUserOf(u[who], who, true);
  }

  /** A new assessment created by the local facilitator in `mode`, with one member of every other role. */
  async function newAssessment(mode: 1 | 2 | 3): Promise<string> {
    as('lf');
    const res = await call(
      assessmentsRoute.POST,
      'POST',
      '/api/assessments',
      {},
      {
        administration: 'Customs of Testland',
        country: 'Testland',
        title: `Mode ${mode} ${randomUUID()}`,
        scope: 'comprehensive',
        mode,
        plannedStart: '2027-01-11',
        plannedEnd: '2027-03-31',
        timeZone: 'UTC',
        creatorRole: 'LF',
      },
    );
    expect(res.status).toBe(201);
    const id = ZCreatedAssessmentResponseSchema.parse(res.json).assessment.id;
    for (const who of ['ef', 'sm', 'ic', 'xc', 'obs'] as const) await addMember(t.db, id, u[who], roles[who]);
    return id;
  }

  const preview = (id: string, mode: number, concurrent = false) =>
    call(previewRoute.GET, 'GET', `/api/assessments/${id}/mode/preview?mode=${mode}&concurrent=${concurrent}`, {
      id,
    });
  const putMode = (id: string, body: unknown) =>
    call(modeRoute.PUT, 'PUT', `/api/assessments/${id}/mode`, { id }, body);
  const patchStep = (id: string, code: string, body: unknown) =>
    call(stepRoute.PATCH, 'PATCH', `/api/assessments/${id}/steps/${code}`, { id, code }, body);
  const putPractice = (id: string, itemKey: string, body: unknown) =>
    call(practiceRoute.PUT, 'PUT', `/api/assessments/${id}/practices/${itemKey}`, { id, itemKey }, body);
  const step = (ownerId: string | null = null) => ({ status: 'in-progress', dueDate: null, ownerId, notes: '' });

  it('a self-assessment has no open mode-only activity and starts with its Annex 7 structure', async () => {
    const id = await newAssessment(3);
    const tracking = await listStepActivities(t.db, id);
    const notApplicable = [...tracking.values()].filter((a) => !a.applies).map((a) => a.code);
    expect(notApplicable).toEqual(MODE_3_NOT_APPLICABLE);
    for (const code of notApplicable) expect(tracking.get(code)?.status).toBe('not-applicable');

    // No external facilitator is needed: the local facilitator runs it, and their home shows step 1.
    const home = ZMyWorkshopResponseSchema.parse(
      await myWorkshop(t.db, { assessmentId: id, userId: u.lf.id, role: 'LF' }),
    );
    expect(home.step).toEqual({ guide: 'assessment', n: 1 });

    const structure = (await findSelfAssessment(t.db, id))!;
    expect(structure.circular).toContain('To all staff of Customs of Testland.');
    expect(structure.circular).toContain('Integrity is necessary for everyone');
    expect(structure.circularIssuedOn).toBeNull();
    expect(structure.members.find((m) => m.userId === u.lf.id)).toMatchObject({ body: 'working', contactPerson: true });

    // Members who joined after the set-up are placed by the facilitators.
    as('lf');
    for (const [who, body] of [
      ['sm', 'steering'],
      ['ic', 'working'],
      ['xc', 'stakeholders'],
    ] as const) {
      const res = await call(
        structureMemberRoute.PUT,
        'PUT',
        `/api/assessments/${id}/self-assessment/members/${u[who].id}`,
        { id, userId: u[who].id },
        { body, contactPerson: body === 'steering', confidentialityAgreed: body === 'stakeholders' },
      );
      expect(res.status, who).toBe(200);
    }
    const issued = await call(
      structureRoute.PUT,
      'PUT',
      `/api/assessments/${id}/self-assessment`,
      { id },
      {
        circular: 'Circular 12/2027: the integrity self-assessment.',
        circularIssuedOn: '2027-01-12',
        stakeholderArrangements: 'Quarterly meetings with the brokers’ association under a confidentiality agreement.',
      },
    );
    expect(issued.status).toBe(200);
    const placed = (await findSelfAssessment(t.db, id))!;
    expect(placed.circularIssuedOn).toBe('2027-01-12');
    const byUser = new Map(placed.members.map((m) => [m.userId, m]));
    expect(byUser.get(u.sm.id)).toMatchObject({ body: 'steering', contactPerson: true });
    expect(byUser.get(u.xc.id)).toMatchObject({ body: 'stakeholders', confidentialityAgreed: true });
    expect(byUser.get(u.obs.id)?.body).toBeNull();

    // Only facilitators shape the structure.
    as('sm');
    expect((await call(structureRoute.PUT, 'PUT', `/api/assessments/${id}/self-assessment`, { id }, {})).status).toBe(
      403,
    );
  });

  it('takes the concurrent modes and step 1’s choices at creation, the guide’s duration unless given', async () => {
    as('lf');
    const create = (extra: Record<string, unknown>) =>
      call(
        assessmentsRoute.POST,
        'POST',
        '/api/assessments',
        {},
        {
          administration: 'Customs of Testland',
          country: 'Testland',
          title: `Created ${randomUUID()}`,
          scope: 'comprehensive',
          timeZone: 'UTC',
          creatorRole: 'LF',
          ...extra,
        },
      );
    const both = await create({
      mode: 1,
      concurrent: true,
      stepOne: { continuity: 'continuous', durationMin: 6, durationMax: 10, durationUnit: 'weeks' },
    });
    expect(both.status).toBe(201);
    expect(ZCreatedAssessmentResponseSchema.parse(both.json).assessment).toMatchObject({
      mode: 1,
      concurrent: true,
      continuity: 'continuous',
      expectedDuration: { min: 6, max: 10, unit: 'weeks' },
    });
    const plain = await create({ mode: 2 });
    expect(ZCreatedAssessmentResponseSchema.parse(plain.json).assessment).toMatchObject({
      concurrent: false,
      continuity: 'one-off',
      expectedDuration: { min: 2, max: 3, unit: 'months' },
    });
    // A self-assessment runs alone, and a duration ends after it starts.
    const refused = await create({
      mode: 3,
      concurrent: true,
      stepOne: { continuity: 'one-off', durationMin: 3, durationMax: 2, durationUnit: 'months' },
    });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.json.fieldErrors as object).sort()).toEqual(['concurrent', 'stepOne.durationMax']);
  });

  it('refuses work on an activity N/A in the mode, and owners the mode does not make responsible', async () => {
    const id = await newAssessment(1);
    as('ef');
    expect((await patchStep(id, '2.4', step())).json).toMatchObject({ code: 'steps.not_applicable_in_mode' });
    // 2.3 is "NCP/LF & EF" in mode 1: a contributor cannot own it, the external facilitator can.
    const refused = await patchStep(id, '2.3', step(u.ic.id));
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({
      code: 'steps.owner_not_responsible',
      fieldErrors: { ownerId: expect.any(Array) },
    });
    expect((await patchStep(id, '2.3', step(u.ef.id))).status).toBe(200);
    // 5.3 is the working group's: a contributor owns it.
    expect((await patchStep(id, '5.3', step(u.ic.id))).status).toBe(200);
    as('ic');
    expect((await patchStep(id, '5.3', step(u.ic.id))).status).toBe(403);
  });

  it('changes the mode while preparing, facilitators only, after showing what changes', async () => {
    const id = await newAssessment(2);
    as('ic');
    expect((await preview(id, 3)).status).toBe(403);
    expect((await putMode(id, { mode: 3 })).status).toBe(403);

    as('ef');
    const shown = ZModeChangeResponseSchema.parse((await preview(id, 3)).json);
    expect(shown).toMatchObject({
      from: { mode: 2, concurrent: false },
      to: { mode: 3, concurrent: false },
      mayChange: true,
      notApplicable: MODE_3_NOT_APPLICABLE,
      applicable: ['5.5'],
      practices: { from: 6, to: 7 },
      setsUpSelfAssessment: true,
      externalFacilitators: 1,
    });
    expect(await findSelfAssessment(t.db, id)).toBeNull();
    expect((await putMode(id, { mode: 3, concurrent: true })).status).toBe(400);
    const changed = await putMode(id, { mode: 3 });
    expect(changed.status).toBe(200);
    expect((await listStepActivities(t.db, id)).get('2.4')?.applies).toBe(false);
    expect(await findSelfAssessment(t.db, id)).not.toBeNull();

    // Back to a facilitated mode run in the field and remotely at once: every activity applies.
    expect((await putMode(id, { mode: 1, concurrent: true })).status).toBe(200);
    expect([...(await listStepActivities(t.db, id)).values()].every((a) => a.applies)).toBe(true);

    // Once the assessment has begun (a breakout group exists), the mode stays.
    await t.db
      .insertInto('breakout_groups')
      .values({ id: randomUUID(), assessment_id: id, name: 'Group A', created_at: new Date().toISOString() })
      .execute();
    expect(ZModeChangeResponseSchema.parse((await preview(id, 2)).json).mayChange).toBe(false);
    const locked = await putMode(id, { mode: 2 });
    expect(locked.status).toBe(409);
    expect(locked.json).toMatchObject({ code: 'mode.locked' });
  });

  it('ticks the good practices of the mode’s annex with a note, facilitators only', async () => {
    const id = await newAssessment(2);
    as('lf');
    const ticked = await putPractice(id, '6.2.2', { checked: true, note: 'Shared drive and the workshop app.' });
    expect(ticked.status).toBe(200);
    expect(ZPracticeCheckResponseSchema.parse(ticked.json).check).toMatchObject({
      key: '6.2.2',
      checked: true,
      note: 'Shared drive and the workshop app.',
      updatedBy: 'lf',
    });
    expect((await putPractice(id, '7.1.1', { checked: true, note: '' })).json).toMatchObject({
      code: 'practices.not_for_mode',
    });
    expect((await putPractice(id, '9.9.9', { checked: true, note: '' })).status).toBe(404);
    for (const who of ['sm', 'ic', 'xc', 'obs'] as const) {
      as(who);
      expect((await putPractice(id, '6.2.3', { checked: true, note: '' })).status, who).toBe(403);
    }
    expect([...(await listPracticeChecks(t.db, id)).keys()]).toEqual(['6.2.2']);
  });
});
