// Report-back outcomes and comments on group findings, and the facilitators' dashboard, through
// the services on every database. Group and checklist documents are persisted as the sync
// server would have left them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { factorDocName, formatDocName } from '@/lib/collab/doc-names';
import {
  addCitation,
  addFinding,
  deleteFinding,
  findFinding,
  findingFragmentName,
  readFindings,
} from '@/lib/collab/findings-layout';
import { LAST_EDIT_MAP, STATUS_MAP, answerFragmentName } from '@/lib/collab/layout';
import type { TDb } from '@/lib/db/client';
import { ZPreviewKeysSchema } from '@/lib/contracts/report-back';
import { createAssessment } from '@/lib/services/assessments/assessments';
import { addQuestion } from '@/lib/services/checklist/checklist-adaptation';
import { addComment } from '@/lib/services/checklist/comments';
import { computeDashboard } from '@/lib/services/workshop/dashboard';
import {
  addFindingComment,
  citationPreviews,
  reportBackState,
  setFindingOutcome,
} from '@/lib/services/workshop/findings';
import { createGroup, updateGroup } from '@/lib/services/workshop/groups';
import { allocateArea } from '@/lib/services/workshop/area-allocation';
import type { TMembership } from '@/lib/services/access/membership';
import { createUser } from '@/lib/services/accounts/users';
import { dbTargets, openMigrated } from './helpers/db-targets';

function paragraph(fragment: Y.XmlFragment, text: string) {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  fragment.insert(fragment.length, [p]);
}

async function persist(db: TDb, name: string, doc: Y.Doc) {
  await db
    .insertInto('yjs_documents')
    .values({ name, state: Buffer.from(Y.encodeStateAsUpdate(doc)), updated_at: new Date().toISOString() })
    .execute();
}

describe.each(dbTargets())('group findings at the report-back on $name', (target) => {
  let db: TDb;
  let assessmentId: string;
  let groupA: string;
  let groupB: string;
  const m: Record<'ef' | 'ana' | 'tom' | 'obs', TMembership> = {} as Record<'ef' | 'ana' | 'tom' | 'obs', TMembership>;

  beforeAll(async () => {
    db = await openMigrated(target);
    const ef = await createUser(db, { email: 'ef@test.example', name: 'Fay', password: null });
    assessmentId = (
      await createAssessment(db, ef, {
        administration: 'C',
        country: 'X',
        title: 'Findings',
        scope: 'targeted',
        areas: ['transparency', 'automation'],
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
      ['tom', 'Tom', 'IC'],
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
    groupA = await createGroup(db, assessmentId, m.ef, 'Group A');
    groupB = await createGroup(db, assessmentId, m.ef, 'Group B');
    await updateGroup(db, assessmentId, m.ef, groupA, {
      memberIds: [m.ana.userId, m.tom.userId],
      rapporteurId: m.ana.userId,
    });
    await allocateArea(db, assessmentId, m.ef, 'transparency', groupA);

    const findings = new Y.Doc();
    addFinding(findings, 'activities', 'f-live', { id: m.ana.userId, name: 'Ana' });
    paragraph(findings.getXmlFragment(findingFragmentName('f-live')), 'Publish the tariff rulings online');
    addCitation(findings, 'f-live', 'transparency.20');
    addFinding(findings, 'risks', 'f-gone', { id: m.ana.userId, name: 'Ana' });
    deleteFinding(findings, findFinding(findings, 'f-gone')!, m.ana.userId);
    await persist(db, formatDocName({ kind: 'group', assessmentId, groupId: groupA }), findings);

    const area = new Y.Doc();
    paragraph(area.getXmlFragment(answerFragmentName('transparency.20')), 'Rulings are published on paper only.');
    area.getMap(STATUS_MAP).set('transparency.20', 'needs-improvement');
    area.getMap(STATUS_MAP).set('transparency.3', 'in-place');
    area.getMap(LAST_EDIT_MAP).set('transparency.20', { userId: m.ana.userId, name: 'Ana', at: Date.now() });
    await persist(db, factorDocName(assessmentId, 'transparency'), area);
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('stores an outcome, reads it back, replaces and clears it', async () => {
    await setFindingOutcome(db, m.ef, 'f-live', { groupId: groupA, outcome: 'agreed' });
    await setFindingOutcome(db, m.ef, 'f-live', { groupId: groupA, outcome: 'disputed' });
    const { outcomes } = await reportBackState(db, assessmentId);
    expect(outcomes).toEqual([
      {
        findingId: 'f-live',
        groupId: groupA,
        outcome: 'disputed',
        decidedBy: { id: m.ef.userId, name: 'Fay' },
        decidedAt: expect.any(String),
      },
    ]);
    await setFindingOutcome(db, m.ef, 'f-live', { groupId: groupA, outcome: null });
    expect((await reportBackState(db, assessmentId)).outcomes).toEqual([]);
    await setFindingOutcome(db, m.ef, 'f-live', { groupId: groupA, outcome: 'disputed' });
  });

  it('refuses an outcome from a contributor, and for findings that do not exist there', async () => {
    await expect(setFindingOutcome(db, m.ana, 'f-live', { groupId: groupA, outcome: 'agreed' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(setFindingOutcome(db, m.ef, 'f-gone', { groupId: groupA, outcome: 'agreed' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(setFindingOutcome(db, m.ef, 'f-live', { groupId: groupB, outcome: 'agreed' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      setFindingOutcome(db, m.ef, 'f-live', { groupId: 'no-such-group', outcome: 'agreed' }),
    ).rejects.toMatchObject({ status: 404 });
    expect((await reportBackState(db, assessmentId)).outcomes.map((o) => o.outcome)).toEqual(['disputed']);
  });

  it('stores comments from those who may comment and refuses an observer', async () => {
    const c = await addFindingComment(db, m.tom, 'f-live', { groupId: groupA, body: 'Which rulings?' });
    expect(c).toMatchObject({ findingId: 'f-live', author: { id: m.tom.userId, name: 'Tom' }, body: 'Which rulings?' });
    await expect(addFindingComment(db, m.obs, 'f-live', { groupId: groupA, body: 'I disagree' })).rejects.toMatchObject(
      { status: 403 },
    );
    const { comments } = await reportBackState(db, assessmentId);
    expect(comments.map((x) => x.body)).toEqual(['Which rulings?']);
  });

  it('previews cited answers with their evaluation and question, refusing keys outside the scope', async () => {
    const previews = await citationPreviews(db, assessmentId, ['transparency.20']);
    expect(previews).toEqual([
      {
        key: 'transparency.20',
        text: 'Rulings are published on paper only.',
        status: 'needs-improvement',
        label: '20',
        question: expect.any(String),
        added: false,
      },
    ]);
    await expect(citationPreviews(db, assessmentId, ['transparency.20', 'customs-control.1'])).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('customs-control.1'),
    });
    await expect(citationPreviews(db, assessmentId, ['nonsense'])).rejects.toMatchObject({ status: 400 });
  });

  it('cites a question the administration added, with its label and mark, and refuses an unknown added key', async () => {
    const added = await addQuestion(db, m.ef, {
      areaId: 'transparency',
      text: 'Are rulings registers kept in every region?',
    });
    expect(added.key).toBe('transparency.a1');
    // The finding's citation survives the document round trip, after the guide's questions.
    const name = formatDocName({ kind: 'group', assessmentId, groupId: groupA });
    const doc = new Y.Doc();
    Y.applyUpdate(
      doc,
      (await db.selectFrom('yjs_documents').select('state').where('name', '=', name).executeTakeFirstOrThrow()).state,
    );
    addCitation(doc, 'f-live', added.key);
    expect(readFindings(doc).activities[0]!.citations).toEqual(['transparency.20', 'transparency.a1']);
    // The preview request takes the key (the route parses it with this schema) and the service names the question.
    expect(ZPreviewKeysSchema.parse('transparency.20,transparency.a1')).toEqual(['transparency.20', 'transparency.a1']);
    const previews = await citationPreviews(db, assessmentId, ['transparency.20', added.key]);
    expect(previews[1]).toEqual({
      key: 'transparency.a1',
      text: '',
      status: null,
      label: 'A1',
      question: 'Are rulings registers kept in every region?',
      added: true,
    });
    expect(ZPreviewKeysSchema.parse('transparency.a99')).toEqual(['transparency.a99']);
    const refused = citationPreviews(db, assessmentId, ['transparency.a1', 'transparency.a99']);
    await expect(refused).rejects.toMatchObject({
      status: 400,
      message: 'Not a question of this assessment: transparency.a99.',
      fieldErrors: { keys: [expect.stringContaining('transparency.a99')] },
    });
    // An added question of an area outside the scope is no question of this assessment either.
    await expect(citationPreviews(db, assessmentId, ['customs-control.a1'])).rejects.toMatchObject({ status: 400 });
  });

  it('computes the dashboard from the persisted documents', async () => {
    await addComment(db, assessmentId, 'transparency.1', m.tom.userId, { body: 'Hm', mentions: [] });
    const d = await computeDashboard(db, assessmentId);
    const a = d.groups.find((g) => g.id === groupA)!;
    expect(a.areas.map((x) => x.areaId)).toEqual(['transparency']);
    expect(a.total).toMatchObject({ answered: 1, byStatus: { 'needs-improvement': 1, 'in-place': 1 } });
    expect(a.disputed).toMatchObject([
      { findingId: 'f-live', kind: 'activities', excerpt: 'Publish the tariff rulings online' },
    ]);
    expect(a.notYetContributed).toEqual([]);
    expect(d.unallocated.map((x) => x.areaId)).toEqual(['automation']);
  });
});
