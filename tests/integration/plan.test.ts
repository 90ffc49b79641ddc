// Adoption of the action plan on every database: the plan draft is persisted as the sync server
// would have left it, KPI sheets and decisions go through the services.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { formatDocName } from '@/lib/collab/doc-names';
import { PLAN_COMMUNICATION_TEXT, addPlanRow, planTextName, setPlanField, setPlanKpi } from '@/lib/collab/plan-layout';
import type { TDb } from '@/lib/db/client';
import { annex11Example, blankKpiSheet } from '@/lib/domain/plan/kpi-sheet';
import { planCsv, planExportRows } from '@/lib/domain/plan/plan-snapshot';
import { createAssessment } from '@/lib/services/assessments/assessments';
import { createKpiSheet, updateKpiSheet } from '@/lib/services/plan/kpi';
import type { TMembership } from '@/lib/services/access/membership';
import { planSnapshot, whereUsed } from '@/lib/services/plan/plan';
import { adoptedVersion, decideOnPlan, listSubmissions, submitPlan } from '@/lib/services/plan/plan-adoption';
import { planXlsx } from '@/lib/services/plan/plan-export';
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

describe.each(dbTargets())('adopting the action plan on $name', (target) => {
  let db: TDb;
  let assessmentId: string;
  const doc = new Y.Doc();
  const m = {} as Record<'ef' | 'ana' | 'sm' | 'sm2', TMembership>;
  let kpiId = '';
  const save = () => persist(db, formatDocName({ kind: 'plan', assessmentId }), doc);

  beforeAll(async () => {
    db = await openMigrated(target);
    const ef = await createUser(db, { email: 'ef@test.example', name: 'Fay', password: null });
    assessmentId = (
      await createAssessment(db, ef, {
        administration: 'C',
        country: 'X',
        title: 'Plan',
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
      ['sm', 'Sam', 'SM'],
      ['sm2', 'Sue', 'SM'],
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
    // An activity agreed in prioritisation, from question transparency.20.
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
      .values({ activity_id: 'cand-1', question_key: 'transparency.20', area_id: 'transparency' })
      .execute();

    kpiId = (await createKpiSheet(db, m.ana, 'blank')).id;
    const who = { id: m.ana.userId, name: 'Ana' };
    addPlanRow(doc, { id: 'o1', kind: 'outcome', parentId: null, title: 'Transparent Customs' }, who);
    addPlanRow(doc, { id: 'j1', kind: 'objective', parentId: 'o1', title: '100% of rulings online by Q4 2027' }, who);
    addPlanRow(
      doc,
      { id: 'a1', kind: 'activity', parentId: 'j1', title: 'Publish rulings', candidateId: 'cand-1' },
      who,
    );
    doc.getText(planTextName('a1', 'responsible')).insert(0, 'Policy Unit');
    setPlanField(doc, 'a1', 'ownerId', m.ana.userId);
    setPlanField(doc, 'a1', 'due', '2027-11-30');
    setPlanField(doc, 'a1', 'budget', 5000);
    setPlanKpi(doc, 'a1', kpiId, true);
    await save();
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('refuses adoption while a KPI sheet misses mandatory fields, and says which', async () => {
    const attempt = submitPlan(db, m.ef, {
      approverIds: [m.sm.userId],
      strategyLink: 'Pillar 2 of the national strategy',
    });
    await expect(attempt).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(
        /KPI “Untitled KPI” misses mandatory fields: a\) Name of the indicator;.*n\) Disclosure policy/,
      ),
    });
    expect(await listSubmissions(db, assessmentId)).toEqual([]);
  });

  it('lets only named approvers decide, and freezes a numbered version once all approved', async () => {
    await updateKpiSheet(db, m.ana, kpiId, annex11Example());
    await expect(submitPlan(db, m.ef, { approverIds: [m.ana.userId], strategyLink: 'x' })).rejects.toMatchObject({
      status: 400,
    });
    const id = await submitPlan(db, m.ef, {
      approverIds: [m.sm.userId, m.ef.userId],
      strategyLink: 'Pillar 2 of the national strategy',
    });
    await expect(decideOnPlan(db, m.ana, id, { decision: 'approve', comment: '' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(decideOnPlan(db, m.sm2, id, { decision: 'approve', comment: '' })).rejects.toMatchObject({
      status: 403,
      message: /not a named approver/,
    });
    expect((await decideOnPlan(db, m.sm, id, { decision: 'approve', comment: 'Good' })).status).toBe('pending');
    const adopted = await decideOnPlan(db, m.ef, id, { decision: 'approve', comment: '' });
    expect(adopted).toMatchObject({ status: 'adopted', version: 1, strategyLink: 'Pillar 2 of the national strategy' });
    await expect(
      decideOnPlan(db, m.sm, id, { decision: 'request-changes', comment: 'Too late' }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('reads an adopted version back identical after later edits to the draft and the KPI sheet', async () => {
    const before = await adoptedVersion(db, assessmentId, 1);
    expect(before.draft.outcomes[0]!.objectives[0]!.activities[0]).toMatchObject({
      number: '1.1.1',
      title: 'Publish rulings',
      responsible: 'Policy Unit',
    });
    expect(before.context.a1).toEqual({ priority: 'high', sources: ['transparency.20'], ownerName: 'Ana' });
    expect(before.kpiSheets.map((k) => k.name)).toEqual(['Integrity (anticorruption) compliance rate']);

    doc.getText(planTextName('a1', 'title')).insert(0, 'EDITED ');
    addPlanRow(doc, { id: 'o2', kind: 'outcome', parentId: null, title: 'Later' }, { id: m.ana.userId, name: 'Ana' });
    await save();
    await updateKpiSheet(db, m.ana, kpiId, blankKpiSheet());
    expect(await adoptedVersion(db, assessmentId, 1)).toEqual(before);
    // The draft moved on: it is the next version's draft.
    expect((await planSnapshot(db, assessmentId)).draft.outcomes.map((o) => o.title)).toEqual([
      'Transparent Customs',
      'Later',
    ]);
  });

  it('closes a submission when an approver asks for changes', async () => {
    await updateKpiSheet(db, m.ana, kpiId, annex11Example());
    const id = await submitPlan(db, m.ana, { approverIds: [m.sm.userId, m.sm2.userId], strategyLink: 'Pillar 2' });
    await expect(
      decideOnPlan(db, m.sm2, id, { decision: 'request-changes', comment: 'Add a budget' }),
    ).resolves.toMatchObject({ status: 'changes-requested', version: null });
    await expect(adoptedVersion(db, assessmentId, 2)).rejects.toMatchObject({ status: 404 });
  });

  it('follows a question to the plan, and exports the Annex 9 columns as CSV and XLSX', async () => {
    expect(await whereUsed(db, assessmentId, 'transparency.20')).toEqual([
      {
        candidateId: 'cand-1',
        title: 'Publish rulings',
        activities: [{ number: '1.1.1', title: 'EDITED Publish rulings' }],
      },
    ]);
    const snapshot = await adoptedVersion(db, assessmentId, 1);
    const rows = planExportRows(snapshot);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      'No.': '1.1.1',
      Activity: 'Publish rulings',
      Timeline: 'Q4 2027 (due 2027-11-30)',
      Priority: 'high',
      'Source questions': 'transparency.20',
      Budget: 5000,
    });
    expect(planCsv(rows).split('\r\n')[1]).toContain('1.1.1,Publish rulings,Policy Unit,Ana');
    const wb = new ExcelJS.Workbook();
    const endorsement = {
      id: 'e1',
      name: 'Maria Lopez',
      office: 'Minister of Finance',
      endorsedOn: '2027-02-01',
      note: 'Signed in cabinet',
      recordedBy: { id: 'u1', name: 'Ana' },
      createdAt: '2027-02-02T10:00:00.000Z',
    };
    await wb.xlsx.load(new Uint8Array(await planXlsx(snapshot, 'Plan', [endorsement])).buffer);
    const ws = wb.getWorksheet('Action plan')!;
    expect(ws.getRow(2).getCell(4).value).toBe('Publish rulings');
    expect(ws.getRow(1).getCell(7).value).toBe('Key Performance Indicator (KPI)');
    const endorsed = wb.getWorksheet('Endorsements')!;
    expect([1, 2, 3, 4].map((c) => endorsed.getRow(1).getCell(c).value)).toEqual([
      'Endorsed by',
      'Office',
      'Endorsed on',
      'Note',
    ]);
    expect([1, 2, 3, 4].map((c) => endorsed.getRow(2).getCell(c).value)).toEqual([
      'Maria Lopez',
      'Minister of Finance',
      '2027-02-01',
      'Signed in cabinet',
    ]);
  });

  it('keeps the communication strategy the group wrote with the plan, and in its XLSX', async () => {
    const adopted = await adoptedVersion(db, assessmentId, 1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await planXlsx(adopted, 'Plan', [])).buffer);
    expect(wb.getWorksheet('Communication strategy')).toBeUndefined();

    doc.getText(PLAN_COMMUNICATION_TEXT).insert(0, 'Brief every office before publishing the plan.');
    await save();
    const draft = await planSnapshot(db, assessmentId);
    expect(draft.communication).toBe('Brief every office before publishing the plan.');
    const withText = new ExcelJS.Workbook();
    await withText.xlsx.load(new Uint8Array(await planXlsx(draft, 'Plan', [])).buffer);
    const sheet = withText.getWorksheet('Communication strategy')!;
    expect(sheet.getRow(2).getCell(1).value).toBe('Brief every office before publishing the plan.');
  });
});
