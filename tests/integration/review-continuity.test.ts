// The review round's new plan and gap analysis on every database: a first round's plan is adopted
// through the services from a draft persisted as the sync server would have left it; the round
// starts with some activities sorted, the rest are sorted afterwards, and the second
// self-assessment's answers give the gap analysis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { factorDocName, formatDocName } from '@/lib/collab/doc-names';
import { STATUS_MAP } from '@/lib/collab/layout';
import { addPlanRow, planTextName, setPlanField, setPlanKpi } from '@/lib/collab/plan-layout';
import type { TDb } from '@/lib/db/client';
import { ZNewPlanResponseSchema } from '@/lib/contracts/review';
import { createAssessment } from '@/lib/services/assessments/assessments';
import { createUser } from '@/lib/services/accounts/users';
import type { TMembership } from '@/lib/services/access/membership';
import { setEvaluation } from '@/lib/services/monitoring/evaluation';
import { roundGapAnalysis } from '@/lib/services/monitoring/gap-analysis';
import { addProgressUpdate } from '@/lib/services/monitoring/monitoring-tracking';
import { newPlan, setContinuity } from '@/lib/services/monitoring/plan-continuity';
import { startReviewRound } from '@/lib/services/monitoring/review-round';
import { createKpiSheet } from '@/lib/services/plan/kpi';
import { decideOnPlan, submitPlan } from '@/lib/services/plan/plan-adoption';
import { dbTargets, openMigrated } from './helpers/db-targets';

async function persist(db: TDb, name: string, doc: Y.Doc) {
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  const now = new Date().toISOString();
  await db.deleteFrom('yjs_documents').where('name', '=', name).execute();
  await db.insertInto('yjs_documents').values({ name, state, updated_at: now }).execute();
}

async function agreedCandidate(db: TDb, assessmentId: string, id: string, title: string, source: string, by: string) {
  const now = new Date().toISOString();
  await db
    .insertInto('candidate_activities')
    .values({
      id,
      assessment_id: assessmentId,
      title,
      description: '',
      status: 'active',
      merged_into: null,
      origin_finding: null,
      agreed_priority: 'high',
      agreed_reason: null,
      agreed_by: by,
      agreed_at: now,
      created_by: by,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('activity_sources')
    .values({ activity_id: id, question_key: source, area_id: source.split('.')[0]! })
    .execute();
}

function evaluations(entries: Record<string, string>): Y.Doc {
  const doc = new Y.Doc();
  for (const [key, status] of Object.entries(entries)) doc.getMap(STATUS_MAP).set(key, status);
  return doc;
}

describe.each(dbTargets())('the review round’s new plan and gap analysis on $name', (target) => {
  let db: TDb;
  let first: string;
  let round: string;
  const m = {} as Record<'ef' | 'ic' | 'sm', TMembership>;

  beforeAll(async () => {
    db = await openMigrated(target);
    const ef = await createUser(db, { email: 'ef@test.example', name: 'Fay', password: null });
    first = (
      await createAssessment(db, ef, {
        administration: 'Customs',
        country: 'X',
        title: 'Round 1',
        scope: 'targeted',
        areas: ['transparency'],
        mode: 2,
        plannedStart: null,
        plannedEnd: null,
        timeZone: 'UTC',
        creatorRole: 'EF',
      })
    ).id;
    m.ef = { assessmentId: first, userId: ef, role: 'EF' };
    for (const [k, role] of [
      ['ic', 'IC'],
      ['sm', 'SM'],
    ] as const) {
      const id = await createUser(db, { email: `${k}@test.example`, name: k, password: null });
      await db
        .insertInto('memberships')
        .values({
          assessment_id: first,
          user_id: id,
          role,
          organisation: null,
          organisation_type: null,
          expertise: null,
          gender: null,
          joined_at: new Date().toISOString(),
        })
        .execute();
      m[k] = { assessmentId: first, userId: id, role };
    }
    await agreedCandidate(db, first, 'cand-1', 'Publish rulings', 'transparency.1', ef);
    await agreedCandidate(db, first, 'cand-2', 'Train staff', 'transparency.2', ef);
    const plan = new Y.Doc();
    const who = { id: ef, name: 'Fay' };
    addPlanRow(plan, { id: 'o1', kind: 'outcome', parentId: null, title: 'Transparent Customs' }, who);
    addPlanRow(plan, { id: 'j1', kind: 'objective', parentId: 'o1', title: 'Rulings online' }, who);
    addPlanRow(
      plan,
      { id: 'a1', kind: 'activity', parentId: 'j1', title: 'Publish rulings', candidateId: 'cand-1' },
      who,
    );
    addPlanRow(plan, { id: 'a2', kind: 'activity', parentId: 'j1', title: 'Train staff', candidateId: 'cand-2' }, who);
    addPlanRow(plan, { id: 'a3', kind: 'activity', parentId: 'j1', title: 'Rotate staff' }, who);
    const kpiId = (await createKpiSheet(db, m.ef, 'annex11')).id;
    for (const id of ['a1', 'a2', 'a3']) {
      plan.getText(planTextName(id, 'responsible')).insert(0, 'Policy Unit');
      setPlanField(plan, id, 'ownerId', ef);
      setPlanKpi(plan, id, kpiId, true);
    }
    await persist(db, formatDocName({ kind: 'plan', assessmentId: first }), plan);
    const submission = await submitPlan(db, m.ef, { approverIds: [m.sm.userId], strategyLink: 'Pillar 2' });
    await decideOnPlan(db, m.sm, submission, { decision: 'approve', comment: '' });
    await addProgressUpdate(db, m.ef, 'a2', { status: 'done', percent: 100, note: 'Trained' });
    await setEvaluation(db, m.ef, {
      subjectKind: 'objective',
      subjectId: 'j1',
      criterion: 'success',
      judgement: 'partly',
      evidence: 'Half the rulings are online.',
    });
    const answers = {
      'transparency.1': 'action-required',
      'transparency.2': 'needs-improvement',
      'transparency.3': 'action-required',
      'transparency.4': 'in-place',
    };
    await persist(db, factorDocName(first, 'transparency'), evaluations(answers));
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('starts a round with the activities sorted as chosen, and carries those continued or varied', async () => {
    round = await startReviewRound(db, m.ef, {
      title: 'Round 2',
      carryAnswers: true,
      carryActivities: true,
      continuity: [
        { activityId: 'a1', decision: 'varied', variation: 'Publish in French too.' },
        { activityId: 'a2', decision: 'continued', variation: 'ignored' },
      ],
    });
    const sorted = ZNewPlanResponseSchema.parse(await newPlan(db, round));
    expect(sorted.varied).toMatchObject([{ id: 'a1', number: '1.1.1', variation: 'Publish in French too.' }]);
    // A done activity is carried when chosen; its variation is kept only for a varied one.
    expect(sorted.continued).toMatchObject([{ id: 'a2', status: 'done', variation: '', inNewPlan: [] }]);
    // Not sorted at the start and still open: carried, to sort later.
    expect(sorted.unsorted).toMatchObject([{ id: 'a3', title: 'Rotate staff' }]);
    const carried = await db
      .selectFrom('carried_activities')
      .select('from_activity_id')
      .where('assessment_id', '=', round)
      .orderBy('from_activity_id')
      .execute();
    expect(carried.map((c) => c.from_activity_id)).toEqual(['a1', 'a2', 'a3']);
    expect(await newPlan(db, first)).toBeNull();
  });

  it('sorts a previous activity afterwards for facilitators only, withdrawing or restoring its candidate', async () => {
    const ef = { ...m.ef, assessmentId: round };
    await expect(
      setContinuity(db, { ...m.ic, assessmentId: round }, { activityId: 'a3', decision: 'dropped', variation: '' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      setContinuity(db, m.ef, { activityId: 'a3', decision: 'dropped', variation: '' }),
    ).rejects.toMatchObject({ status: 409, code: 'review_round.not_a_round' });
    await expect(setContinuity(db, ef, { activityId: 'zz', decision: 'dropped', variation: '' })).rejects.toMatchObject(
      {
        status: 404,
      },
    );

    await setContinuity(db, ef, { activityId: 'a3', decision: 'dropped', variation: '' });
    const status = () =>
      db
        .selectFrom('carried_activities')
        .innerJoin('candidate_activities', 'candidate_activities.id', 'carried_activities.candidate_id')
        .select('candidate_activities.status')
        .where('carried_activities.assessment_id', '=', round)
        .where('carried_activities.from_activity_id', '=', 'a3')
        .executeTakeFirstOrThrow();
    expect(await status()).toEqual({ status: 'withdrawn' });
    let sorted = (await newPlan(db, round))!;
    expect(sorted.dropped.map((a) => a.id)).toEqual(['a3']);
    expect(sorted.unsorted).toEqual([]);

    await setContinuity(db, ef, { activityId: 'a3', decision: 'continued', variation: '' });
    expect(await status()).toEqual({ status: 'active' });
    sorted = (await newPlan(db, round))!;
    expect(sorted.continued.map((a) => a.id)).toEqual(['a2', 'a3']);
  });

  it('lists as new the new plan’s activities that come from no previous activity', async () => {
    const carried = await db
      .selectFrom('carried_activities')
      .select('candidate_id')
      .where('assessment_id', '=', round)
      .where('from_activity_id', '=', 'a1')
      .executeTakeFirstOrThrow();
    const plan = new Y.Doc();
    const who = { id: m.ef.userId, name: 'Fay' };
    addPlanRow(plan, { id: 'o1', kind: 'outcome', parentId: null, title: 'Open Customs' }, who);
    addPlanRow(plan, { id: 'j1', kind: 'objective', parentId: 'o1', title: 'Rulings in two languages' }, who);
    addPlanRow(
      plan,
      { id: 'n1', kind: 'activity', parentId: 'j1', title: 'Publish rulings', candidateId: carried.candidate_id },
      who,
    );
    addPlanRow(plan, { id: 'n2', kind: 'activity', parentId: 'j1', title: 'Whistle-blower line' }, who);
    await persist(db, formatDocName({ kind: 'plan', assessmentId: round }), plan);
    const sorted = (await newPlan(db, round))!;
    expect(sorted.varied[0]!.inNewPlan).toEqual(['1.1.1']);
    expect(sorted.added).toEqual([{ number: '1.1.2', title: 'Whistle-blower line' }]);
  });

  it('builds the gap analysis from both rounds’ evaluations, the previous plan and its judgements', async () => {
    const now = {
      'transparency.1': 'in-place',
      'transparency.2': 'needs-improvement',
      'transparency.3': 'action-required',
      'transparency.4': 'action-required',
    };
    await persist(db, factorDocName(round, 'transparency'), evaluations(now));
    const analysis = (await roundGapAnalysis(db, round))!;
    expect(analysis.areas).toHaveLength(1);
    expect(analysis.areas[0]).toMatchObject({
      areaId: 'transparency',
      title: expect.stringContaining('Transparency'),
      found: { gaps: 3, inPlace: 1 },
      activities: [
        { number: '1.1.1', title: 'Publish rulings' },
        { number: '1.1.2', title: 'Train staff', status: 'done' },
      ],
      closed: ['transparency.1'],
      persistingAddressed: ['transparency.2'],
      persistingUnaddressed: ['transparency.3'],
      emerged: ['transparency.4'],
    });
    expect(analysis.judgements.success.partly).toBe(1);
    expect(await roundGapAnalysis(db, first)).toBeNull();
  });
});
