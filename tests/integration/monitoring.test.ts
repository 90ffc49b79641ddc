// Monitoring, evaluation and the review round on every database: the plan is adopted through the
// services from a draft persisted as the sync server would have left it; checklist answers are
// persisted the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { factorDocName, formatDocName } from '@/lib/collab/doc-names';
import { STATUS_MAP, answerFragmentName } from '@/lib/collab/layout';
import { loadPersistedDoc } from '@/lib/collab/persisted-doc';
import { addPlanRow, planTextName, setPlanField, setPlanKpi } from '@/lib/collab/plan-layout';
import type { TDb } from '@/lib/db/client';
import { annex11Example } from '@/lib/domain/plan/kpi-sheet';
import { createAssessment } from '@/lib/services/assessments/assessments';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { listEvaluations, setEvaluation } from '@/lib/services/monitoring/evaluation';
import { createKpiSheet, updateKpiSheet } from '@/lib/services/plan/kpi';
import type { TMembership } from '@/lib/services/access/membership';
import {
  listMeasurements,
  listProgressUpdates,
  monitoringOverview,
  setStaleAfterDays,
} from '@/lib/services/monitoring/monitoring';
import { addProgressUpdate, updateTracking } from '@/lib/services/monitoring/monitoring-tracking';
import { importMeasurementsCsv, recordMeasurement } from '@/lib/services/monitoring/monitoring-kpi';
import { decideOnPlan, submitPlan } from '@/lib/services/plan/plan-adoption';
import { carriedActivities, roundComparison, startReviewRound } from '@/lib/services/monitoring/review-round';
import { createUser } from '@/lib/services/accounts/users';
import { dbTargets, openMigrated } from './helpers/db-targets';

async function persist(db: TDb, name: string, doc: Y.Doc) {
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  const row = await db.selectFrom('yjs_documents').select('name').where('name', '=', name).executeTakeFirst();
  if (row)
    await db
      .updateTable('yjs_documents')
      .set({ state, updated_at: new Date().toISOString() })
      .where('name', '=', name)
      .execute();
  else await db.insertInto('yjs_documents').values({ name, state, updated_at: new Date().toISOString() }).execute();
}

function writeAnswer(doc: Y.Doc, key: string, text: string, status: string) {
  const fragment = doc.getXmlFragment(answerFragmentName(key));
  fragment.delete(0, fragment.length);
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  fragment.insert(0, [p]);
  doc.getMap(STATUS_MAP).set(key, status);
}

describe.each(dbTargets())('monitoring and the review round on $name', (target) => {
  let db: TDb;
  let assessmentId: string;
  const m = {} as Record<'ef' | 'ana' | 'ben' | 'xc' | 'sm' | 'obs', TMembership>;
  let kpiId = '';

  beforeAll(async () => {
    db = await openMigrated(target);
    const ef = await createUser(db, { email: 'ef@test.example', name: 'Fay', password: null });
    assessmentId = (
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
    m.ef = { assessmentId, userId: ef, role: 'EF' };
    for (const [k, name, role] of [
      ['ana', 'Ana', 'IC'],
      ['ben', 'Ben', 'IC'],
      ['xc', 'Xena', 'XC'],
      ['sm', 'Sam', 'SM'],
      ['obs', 'Olga', 'OBS'],
    ] as const) {
      const id = await createUser(db, { email: `${k}@test.example`, name, password: null });
      await db
        .insertInto('memberships')
        .values({
          assessment_id: assessmentId,
          user_id: id,
          role,
          organisation: null,
          organisation_type: null,
          expertise: null,
          gender: null,
          joined_at: new Date().toISOString(),
        })
        .execute();
      m[k] = { assessmentId, userId: id, role };
    }
    const now = new Date().toISOString();
    await db
      .insertInto('candidate_activities')
      .values({
        id: 'cand-1',
        assessment_id: assessmentId,
        title: 'Publish rulings',
        description: '',
        status: 'active',
        merged_into: null,
        origin_finding: null,
        agreed_priority: 'high',
        agreed_reason: null,
        agreed_by: ef,
        agreed_at: now,
        created_by: ef,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('activity_sources')
      .values({ activity_id: 'cand-1', question_key: 'transparency.1', area_id: 'transparency' })
      .execute();

    kpiId = (await createKpiSheet(db, m.ana, 'blank')).id;
    const sheet = annex11Example();
    await updateKpiSheet(db, m.ana, kpiId, {
      ...sheet,
      fields: { ...sheet.fields, name: 'Rulings published', targetValue: '100 rulings' },
      baselineValue: '20 rulings',
      baselineDate: '2027-01-01',
    });

    const plan = new Y.Doc();
    const who = { id: m.ana.userId, name: 'Ana' };
    addPlanRow(plan, { id: 'o1', kind: 'outcome', parentId: null, title: 'Transparent Customs' }, who);
    addPlanRow(plan, { id: 'j1', kind: 'objective', parentId: 'o1', title: 'Rulings online' }, who);
    for (const [id, title, owner] of [
      ['a1', 'Publish rulings', m.ana.userId],
      ['a2', 'Train staff', m.ben.userId],
    ] as const) {
      addPlanRow(
        plan,
        { id, kind: 'activity', parentId: 'j1', title, ...(id === 'a1' ? { candidateId: 'cand-1' } : {}) },
        who,
      );
      plan.getText(planTextName(id, 'responsible')).insert(0, 'Policy Unit');
      setPlanField(plan, id, 'ownerId', owner);
      setPlanField(plan, id, 'start', '2027-01-01');
      setPlanField(plan, id, 'due', '2028-01-01');
      setPlanKpi(plan, id, kpiId, true);
    }
    await persist(db, formatDocName({ kind: 'plan', assessmentId }), plan);
    const submission = await submitPlan(db, m.ef, { approverIds: [m.sm.userId], strategyLink: 'Pillar 2' });
    await decideOnPlan(db, m.sm, submission, { decision: 'approve', comment: '' });

    const answers = new Y.Doc();
    writeAnswer(answers, 'transparency.1', 'Rulings are not published.', 'action-required');
    writeAnswer(answers, 'transparency.2', 'A complaints line exists.', 'in-place');
    await persist(db, factorDocName(assessmentId, 'transparency'), answers);
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('tracks every adopted activity, lets only its owner or a facilitator update it, and raises red flags', async () => {
    let overview = await monitoringOverview(db, assessmentId, '2027-01-10');
    expect(overview.plan?.version).toBe(1);
    expect(overview.activities.map((a) => [a.number, a.status, a.ownerName])).toEqual([
      ['1.1.1', 'not-started', 'Ana'],
      ['1.1.2', 'not-started', 'Ben'],
    ]);
    const before = await db.selectFrom('progress_updates').selectAll().execute();
    await expect(
      addProgressUpdate(db, m.ben, 'a1', { status: 'on-track', percent: 10, note: 'Not mine' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      addProgressUpdate(db, m.obs, 'a2', { status: 'on-track', percent: 10, note: 'x' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      updateTracking(db, m.sm, 'a1', { status: 'done', percent: 100, startDate: null, dueDate: null, dependsOn: [] }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      addProgressUpdate(db, m.ana, 'nope', { status: 'on-track', percent: 10, note: 'x' }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await db.selectFrom('progress_updates').selectAll().execute()).toEqual(before);
    expect(await db.selectFrom('activity_tracking').selectAll().execute()).toEqual([]);

    await addProgressUpdate(db, m.ana, 'a1', { status: 'at-risk', percent: 20, note: 'Website delayed' });
    await updateTracking(db, m.ef, 'a2', {
      status: 'on-track',
      percent: 5,
      startDate: '2027-01-01',
      dueDate: '2027-03-31',
      dependsOn: ['a1'],
    });
    await expect(
      updateTracking(db, m.ef, 'a1', {
        status: 'at-risk',
        percent: 20,
        startDate: null,
        dueDate: '2028-01-01',
        dependsOn: ['a2'],
      }),
    ).rejects.toMatchObject({ status: 400, message: /circle/ });
    expect((await listProgressUpdates(db, assessmentId, 'a1')).map((u) => [u.note, u.author.name])).toEqual([
      ['Website delayed', 'Ana'],
    ]);

    await setStaleAfterDays(db, m.ef, 30);
    await expect(setStaleAfterDays(db, m.ana, 5)).rejects.toMatchObject({ status: 403 });
    overview = await monitoringOverview(db, assessmentId, '2027-05-01');
    const [a1, a2] = overview.activities;
    expect(a1).toMatchObject({ status: 'at-risk', percent: 20, lastUpdate: { note: 'Website delayed' } });
    // a2 has no update since its start and was due on 2027-03-31.
    expect(a2!.flags.map((f) => f.kind).sort()).toEqual(['overdue', 'stale']);
    expect(a2!.dependsOn).toEqual(['a1']);
  });

  it('records measurements only for facilitators and internal contributors, and flags a KPI off its trajectory', async () => {
    await expect(
      recordMeasurement(db, m.xc, { kpiId, period: '2027-Q1', value: 30, disaggregated: {}, source: 'Website' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      recordMeasurement(db, m.sm, { kpiId, period: '2027-Q1', value: 30, disaggregated: {}, source: 'Website' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      recordMeasurement(db, m.ana, {
        kpiId: 'other',
        period: '2027-Q1',
        value: 30,
        disaggregated: {},
        source: 'Website',
      }),
    ).rejects.toMatchObject({ status: 400 });
    expect(await listMeasurements(db, assessmentId)).toEqual([]);
    await recordMeasurement(db, m.ana, {
      kpiId,
      period: '2027-Q2',
      value: 25,
      disaggregated: { women: 10, men: 15 },
      source: 'Website count',
    });
    const overview = await monitoringOverview(db, assessmentId, '2027-07-05');
    const kpi = overview.kpis[0]!;
    expect(kpi).toMatchObject({
      name: 'Rulings published',
      baseline: 20,
      target: 100,
      targetDate: '2028-01-01',
      measurements: [
        { period: '2027-Q2', value: 25, disaggregated: { women: 10, men: 15 }, enteredBy: { name: 'Ana' } },
      ],
    });
    // Half-way through the year the line expects about 60; 25 is far behind.
    expect(kpi.status).toMatchObject({ state: 'off-track', latest: 25 });
    expect(overview.activities[0]!.flags).toContainEqual({ kind: 'kpi-off-track', kpiId });
  });

  it('imports nothing from a CSV with one bad row, and names the row', async () => {
    const before = await listMeasurements(db, assessmentId);
    const csv =
      'kpi,period,value,source\nRulings published,2027-Q3,40,Website\nRulings published,2027-Q4,forty,Website\nRulings published,2028-Q1,60,Website\n';
    await expect(importMeasurementsCsv(db, m.ef, csv)).rejects.toMatchObject({
      status: 400,
      message: 'Nothing was imported: one row is not right.',
      fieldErrors: { 'row 3': ['The value “forty” is not a number.'] },
    });
    expect(await listMeasurements(db, assessmentId)).toEqual(before);
    await expect(importMeasurementsCsv(db, m.xc, csv.replace('forty', '50'))).rejects.toMatchObject({ status: 403 });
    expect(await listMeasurements(db, assessmentId)).toEqual(before);
    expect(await importMeasurementsCsv(db, m.ef, csv.replace('forty', '50'))).toEqual({ imported: 3 });
    expect((await listMeasurements(db, assessmentId)).map((x) => [x.period, x.value])).toEqual([
      ['2027-Q2', 25],
      ['2027-Q3', 40],
      ['2027-Q4', 50],
      ['2028-Q1', 60],
    ]);
  });

  it('records Part V evaluations of adopted objectives and KPIs, facilitators only', async () => {
    await expect(
      setEvaluation(db, m.ana, {
        subjectKind: 'kpi',
        subjectId: kpiId,
        criterion: 'success',
        judgement: 'partly',
        evidence: 'x',
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      setEvaluation(db, m.ef, {
        subjectKind: 'objective',
        subjectId: 'o1',
        criterion: 'success',
        judgement: 'partly',
        evidence: 'x',
      }),
    ).rejects.toMatchObject({ status: 400 });
    expect(await listEvaluations(db, assessmentId)).toEqual([]);
    await setEvaluation(db, m.ef, {
      subjectKind: 'objective',
      subjectId: 'j1',
      criterion: 'relevance',
      judgement: 'met',
      evidence: 'Still a government priority.',
    });
    await setEvaluation(db, m.ef, {
      subjectKind: 'objective',
      subjectId: 'j1',
      criterion: 'relevance',
      judgement: 'partly',
      evidence: 'Priorities shifted.',
    });
    expect(await listEvaluations(db, assessmentId)).toMatchObject([
      {
        subjectKind: 'objective',
        subjectId: 'j1',
        criterion: 'relevance',
        judgement: 'partly',
        evidence: 'Priorities shifted.',
        updatedBy: { name: 'Fay' },
      },
    ]);
  });

  it('starts a review round with answers and open activities carried over, and compares it with the first', async () => {
    await expect(
      startReviewRound(db, m.ana, { title: 'Round 2', carryAnswers: true, carryActivities: true }),
    ).rejects.toMatchObject({ status: 403 });
    const countBefore = await db.selectFrom('assessments').select('id').execute();
    expect(countBefore).toHaveLength(1);
    await addProgressUpdate(db, m.ben, 'a2', { status: 'done', percent: 100, note: 'Trained' });

    const next = await startReviewRound(db, m.ef, { title: 'Round 2', carryAnswers: true, carryActivities: true });
    const members = await db
      .selectFrom('memberships')
      .select(['user_id', 'role'])
      .where('assessment_id', '=', next)
      .orderBy('role')
      .execute();
    expect(members).toHaveLength(6);
    // Only the open activity (1.1.1, at risk) needs continued attention; the done one is not carried.
    expect(await carriedActivities(db, next)).toEqual([
      { candidateId: expect.any(String), title: 'Publish rulings', fromNumber: '1.1.1', fromStatus: 'at-risk' },
    ]);
    const sources = await db
      .selectFrom('activity_sources')
      .innerJoin('carried_activities', 'carried_activities.candidate_id', 'activity_sources.activity_id')
      .select('question_key')
      .execute();
    expect(sources.map((s) => s.question_key)).toEqual(['transparency.1']);

    // Carried over: the same answer and evaluation, so nothing has changed yet.
    let comparison = await roundComparison(db, next);
    expect(comparison.round).toMatchObject({
      previousAssessmentId: assessmentId,
      previousTitle: 'Round 1',
      carriedAnswers: true,
    });
    expect(comparison.questions.find((q) => q.key === 'transparency.1')).toMatchObject({
      previous: 'action-required',
      current: 'action-required',
      evaluation: 'same',
      answerChanged: false,
    });

    // The group revises the answer in the new round.
    const doc = await loadPersistedDoc(db, factorDocName(next, 'transparency'));
    writeAnswer(doc, 'transparency.1', 'All rulings are published online.', 'in-place');
    await persist(db, factorDocName(next, 'transparency'), doc);
    comparison = await roundComparison(db, next);
    expect(comparison.questions.find((q) => q.key === 'transparency.1')).toMatchObject({
      previous: 'action-required',
      current: 'in-place',
      evaluation: 'improved',
      answerChanged: true,
      activities: [{ number: '1.1.1', title: 'Publish rulings', status: 'at-risk', percent: 20 }],
    });
    expect(comparison.areas[0]).toMatchObject({ areaId: 'transparency', improved: 1, answersChanged: 1 });
    expect(comparison.areas[0]?.title).toBe('Key factor 3: Transparency');
    // Named in the member's language when the caller names areas.
    const french = await roundComparison(db, next, (await guideNames(db, next, 'fr')).area);
    expect(french.areas[0]?.title).toMatch(/^Facteur clé 3\s:\sTransparence$/);
    // The first round's own documents are untouched.
    const first = await loadPersistedDoc(db, factorDocName(assessmentId, 'transparency'));
    expect(first.getMap(STATUS_MAP).get('transparency.1')).toBe('action-required');
    expect((await roundComparison(db, assessmentId)).round).toBeNull();
  });

  it('starts a blank round when asked, and refuses one from an assessment without an adopted plan', async () => {
    const blank = await startReviewRound(db, m.ef, { title: 'Round 2b', carryAnswers: false, carryActivities: false });
    const comparison = await roundComparison(db, blank);
    expect(comparison.questions.find((q) => q.key === 'transparency.1')).toMatchObject({
      previous: 'action-required',
      current: null,
      evaluation: 'changed',
      answerChanged: true,
    });
    expect(await carriedActivities(db, blank)).toEqual([]);
    await expect(
      startReviewRound(
        db,
        { ...m.ef, assessmentId: blank },
        { title: 'Round 3', carryAnswers: true, carryActivities: true },
      ),
    ).rejects.toMatchObject({ status: 409 });
  });
});
