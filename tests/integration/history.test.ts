// History and catching up on a checklist area, with the stock y-websocket client against the sync
// server: version points taken when writers pause, each change credited to who sent it, an earlier
// version viewed with what changed since and restored live to the others, what changed since a
// member's last visit, and who may read or restore what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TSessionUser } from '../../lib/auth/current-user';
import { factorDocName, formatDocName } from '../../lib/collab/doc-names';
import { addFinding } from '../../lib/collab/findings-layout';
import { addPlanRow, planTextName } from '../../lib/collab/plan-layout';
import { listFieldHistory, restoreFieldVersion } from '../../lib/services/history/plan-field-history';
import { groupChanges, markGroupSeen, markPlanSeen, planChanges } from '../../lib/services/history/doc-catch-up';
import { blocksText } from '../../lib/collab/history-render';
import { STATUS_MAP, answerFragmentName } from '../../lib/collab/layout';
import {
  ZAreaChangesResponseSchema,
  ZDocChangesResponseSchema,
  ZHistoryResponseSchema,
  ZQuestionDiffResponseSchema,
  ZVersionViewResponseSchema,
} from '../../lib/contracts/history';
import { effectiveChecklist } from '../../lib/services/checklist/assessment-checklist';
import { listHistory, restoreVersion, viewVersion } from '../../lib/services/history/answer-history';
import { areaChanges, changedCounts, markAreaSeen, questionChanges } from '../../lib/services/history/catch-up';
import { memoryLogger } from '../../server/yjs/logger';
import {
  type TClient,
  type TTestDb,
  type TTestServer,
  type TTestUser,
  addMember,
  connectClient,
  createAssessment,
  createTestDb,
  createUser,
  dbKinds,
  startYjsServer,
  waitFor,
} from './helpers/yjs-harness';

const AREA = 'transparency';
const Q1 = `${AREA}.1`;
const Q2 = `${AREA}.2`;
const Q3 = `${AREA}.3`;

/** Writes `text` as the answer's only paragraph, the way the editor does (a paragraph element holding a text). */
function setParagraph(c: TClient, key: string, text: string): void {
  const fragment = c.doc.getXmlFragment(answerFragmentName(key));
  c.doc.transact(() => {
    if (fragment.length === 0) fragment.insert(0, [new Y.XmlElement('paragraph')]);
    const p = fragment.get(0) as Y.XmlElement;
    if (p.length === 0) p.insert(0, [new Y.XmlText()]);
    const t = p.get(0) as Y.XmlText;
    t.delete(0, t.length);
    t.insert(0, text);
  });
}

function appendText(c: TClient, key: string, text: string): void {
  const t = (c.doc.getXmlFragment(answerFragmentName(key)).get(0) as Y.XmlElement).get(0) as Y.XmlText;
  t.insert(t.length, text);
}

const answerText = (c: TClient, key: string): string =>
  c.doc
    .getXmlFragment(answerFragmentName(key))
    .toArray()
    .map((p) => (p instanceof Y.XmlElement ? p.toArray().map((x) => String(x as Y.XmlText)) : []).join(''))
    .join('\n');

describe.each(dbKinds)('answer history and catching up (%s)', (kind) => {
  let tdb: TTestDb;
  let server: TTestServer;
  let assessmentId: string;
  const users: Record<'ef' | 'ana' | 'ben' | 'obs' | 'outsider', TTestUser> = {} as never;
  const session: Record<string, TSessionUser> = {};
  const clients: TClient[] = [];
  const connect = (u: TTestUser): TClient => {
    const c = connectClient(server.url, factorDocName(assessmentId, AREA), u);
    clients.push(c);
    return c;
  };
  const settle = async (): Promise<void> => {
    // Past the pause, then the points written.
    await new Promise((r) => setTimeout(r, 250));
    await server.yjs.flush();
  };
  const areasOf = async () => (await effectiveChecklist(tdb.db, assessmentId)).areas;
  const versionCount = async (key: string): Promise<number> =>
    (await listHistory(tdb.db, assessmentId, session.ef!, key)).versions.length;

  beforeAll(async () => {
    tdb = await createTestDb(kind);
    for (const label of ['ef', 'ana', 'ben', 'obs', 'outsider'] as const) {
      users[label] = await createUser(tdb.db, label);
      session[label] = { id: users[label].id, email: `${label}@x.test`, name: label, isAdmin: false, timeZone: null };
    }
    assessmentId = await createAssessment(tdb.db, users.ef);
    await addMember(tdb.db, assessmentId, users.ef, 'EF');
    await addMember(tdb.db, assessmentId, users.ana, 'IC');
    await addMember(tdb.db, assessmentId, users.ben, 'IC');
    await addMember(tdb.db, assessmentId, users.obs, 'OBS');
    server = await startYjsServer({
      db: tdb.db,
      logger: memoryLogger(),
      persistence: { history: { pauseMs: 100, maxMs: 1_000, tickMs: 20 } },
    });
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    await tdb.close();
  });

  it('takes a version point when a writer pauses, credited to them, and none per keystroke', async () => {
    const ana = connect(users.ana);
    await waitFor(() => ana.provider.synced, 'Ana synced');
    setParagraph(ana, Q1, 'Staff ');
    for (const ch of 'declare assets') appendText(ana, Q1, ch);
    await waitFor(async () => (await versionCount(Q1)) === 1, 'the first version point');
    const history = await listHistory(tdb.db, assessmentId, session.ana!, Q1);
    expect(ZHistoryResponseSchema.parse(history)).toEqual(history);
    expect(history.versions[0]!.authors).toEqual([{ id: users.ana.id, name: 'ana' }]);
    expect(history.canRestore).toBe(true);
    await settle();
    expect(await versionCount(Q1)).toBe(1);
  });

  it('shows an earlier version beside what changed since, each change credited to its author', async () => {
    const ben = connect(users.ben);
    await waitFor(() => ben.provider.synced && answerText(ben, Q1) === 'Staff declare assets', 'Ben synced');
    const t = (ben.doc.getXmlFragment(answerFragmentName(Q1)).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    t.delete(0, 'Staff '.length);
    t.insert(0, 'All officers ');
    await waitFor(async () => (await versionCount(Q1)) === 2, 'Ben’s version point');
    const [latest, first] = (await listHistory(tdb.db, assessmentId, session.obs!, Q1)).versions;
    expect(latest!.authors.map((a) => a.name)).toEqual(['ben']);

    const view = await viewVersion(tdb.db, assessmentId, session.obs!, Q1, String(first!.id));
    expect(ZVersionViewResponseSchema.parse(view)).toEqual(view);
    expect(blocksText(view.blocks)).toBe('Staff declare assets');
    const spans = view.changesSince.flatMap((b) => b.spans);
    expect(spans).toContainEqual({ text: 'Staff ', change: { kind: 'removed', userId: users.ben.id } });
    expect(spans).toContainEqual({ text: 'All officers ', change: { kind: 'added', userId: users.ben.id } });
    expect(spans).toContainEqual({ text: 'declare assets' });
    expect(view.people).toContainEqual({ id: users.ben.id, name: 'ben' });
  });

  it('restores an earlier version as a new change that the others see live, and keeps the one it replaced', async () => {
    const ana = connect(users.ana);
    const ben = connect(users.ben);
    await waitFor(() => ana.provider.synced && ben.provider.synced, 'both synced');
    const { versions } = await listHistory(tdb.db, assessmentId, session.ana!, Q1);
    const first = versions.at(-1)!;
    const done = await restoreVersion(tdb.db, assessmentId, session.ana!, Q1, String(first.id));
    expect(done.version).toMatchObject({ restoredFrom: first.id, authors: [{ id: users.ana.id }] });
    await waitFor(
      () => answerText(ben, Q1) === 'Staff declare assets' && answerText(ana, Q1) === 'Staff declare assets',
      'the restored answer at both',
    );
    const after = (await listHistory(tdb.db, assessmentId, session.ana!, Q1)).versions;
    expect(after).toHaveLength(versions.length + 1);
    expect(after.map((v) => v.id)).toEqual(expect.arrayContaining(versions.map((v) => v.id)));
    // The version the restore replaced can itself be brought back.
    const view = await viewVersion(tdb.db, assessmentId, session.ana!, Q1, String(versions[0]!.id));
    expect(blocksText(view.blocks)).toBe('All officers declare assets');
  });

  it('lets only those who may edit the area restore, and nobody outside the assessment read', async () => {
    const { versions } = await listHistory(tdb.db, assessmentId, session.obs!, Q1);
    expect((await listHistory(tdb.db, assessmentId, session.obs!, Q1)).canRestore).toBe(false);
    await expect(restoreVersion(tdb.db, assessmentId, session.obs!, Q1, String(versions[0]!.id))).rejects.toMatchObject(
      { code: 'access.area_not_editable', status: 403 },
    );
    await expect(listHistory(tdb.db, assessmentId, session.outsider!, Q1)).rejects.toMatchObject({ status: 404 });
    await expect(
      viewVersion(tdb.db, assessmentId, session.outsider!, Q1, String(versions[0]!.id)),
    ).rejects.toMatchObject({ status: 404 });
    await expect(viewVersion(tdb.db, assessmentId, session.obs!, Q2, String(versions[0]!.id))).rejects.toMatchObject({
      code: 'history.version_not_found',
    });
    await expect(viewVersion(tdb.db, assessmentId, session.obs!, Q1, '1e3')).rejects.toMatchObject({
      code: 'history.version_not_found',
    });
    await expect(listHistory(tdb.db, assessmentId, session.obs!, `${AREA}.999`)).rejects.toMatchObject({
      code: 'question.not_found',
    });
  });

  it('tells a member what others changed since their last visit, by whom, marks it, and counts it per area', async () => {
    const first = await areaChanges(tdb.db, assessmentId, session.obs!, AREA);
    expect(first).toEqual({ since: null, changes: [] });
    const ana = connect(users.ana);
    const ben = connect(users.ben);
    await waitFor(() => ana.provider.synced && ben.provider.synced, 'both synced');
    setParagraph(ana, Q2, 'Rotation every two years');
    ben.doc.getMap(STATUS_MAP).set(Q3, 'action-required');
    await waitFor(async () => {
      // A change is readable a moment before the record of who sent it (written right after).
      const { changes } = await areaChanges(tdb.db, assessmentId, session.obs!, AREA);
      return changes.length === 2 && changes.every((c) => c.by.length > 0);
    }, 'two changes and their authors');
    const changed = await areaChanges(tdb.db, assessmentId, session.obs!, AREA);
    expect(ZAreaChangesResponseSchema.parse(changed)).toEqual(changed);
    expect(changed.changes).toEqual([
      expect.objectContaining({
        questionKey: Q2,
        answer: true,
        evaluation: false,
        by: [{ id: users.ana.id, name: 'ana' }],
      }),
      expect.objectContaining({
        questionKey: Q3,
        answer: false,
        evaluation: true,
        by: [{ id: users.ben.id, name: 'ben' }],
      }),
    ]);
    // Her own change is not news to Ana.
    expect((await areaChanges(tdb.db, assessmentId, session.ana!, AREA)).changes).toEqual([]);
    expect((await changedCounts(tdb.db, assessmentId, users.obs.id, await areasOf())).get(AREA)).toBe(2);

    const diff = await questionChanges(tdb.db, assessmentId, session.obs!, Q2);
    expect(ZQuestionDiffResponseSchema.parse(diff)).toEqual(diff);
    expect(diff.blocks[0]).toMatchObject({ change: { kind: 'added', userId: users.ana.id } });
    expect(diff.blocks[0]!.spans).toEqual([
      { text: 'Rotation every two years', change: { kind: 'added', userId: users.ana.id } },
    ]);

    await markAreaSeen(tdb.db, assessmentId, session.obs!, AREA);
    expect((await areaChanges(tdb.db, assessmentId, session.obs!, AREA)).changes).toEqual([]);
    expect((await changedCounts(tdb.db, assessmentId, users.obs.id, await areasOf())).get(AREA)).toBe(0);
    // Since a given time, the version points say what changed.
    await settle();
    const since = await areaChanges(
      tdb.db,
      assessmentId,
      session.obs!,
      AREA,
      new Date(Date.now() - 60_000).toISOString(),
    );
    expect(since.changes.map((c) => c.questionKey)).toEqual(expect.arrayContaining([Q1, Q2, Q3]));
    await expect(areaChanges(tdb.db, assessmentId, session.outsider!, AREA)).rejects.toMatchObject({ status: 404 });
  });
  it('tells a member which plan rows and findings others changed since their last visit', async () => {
    const planName = formatDocName({ kind: 'plan', assessmentId });
    expect(await planChanges(tdb.db, assessmentId, session.obs!)).toEqual({ since: null, changes: [] });
    const ef = connectClient(server.url, planName, users.ef);
    clients.push(ef);
    await waitFor(() => ef.provider.synced, 'the plan synced');
    addPlanRow(
      ef.doc,
      { id: 'row1', kind: 'outcome', parentId: null, title: 'Fewer gifts accepted' },
      { id: users.ef.id, name: 'ef' },
    );
    await waitFor(async () => {
      const { changes } = await planChanges(tdb.db, assessmentId, session.obs!);
      return changes.length === 1 && changes[0]!.by.length === 1;
    }, 'the plan row and its author');
    const plan = await planChanges(tdb.db, assessmentId, session.obs!);
    expect(ZDocChangesResponseSchema.parse(plan)).toEqual(plan);
    expect(plan.changes).toEqual([
      { id: 'row1', label: 'Fewer gifts accepted', by: [{ id: users.ef.id, name: 'ef' }] },
    ]);
    expect((await planChanges(tdb.db, assessmentId, session.ef!)).changes).toEqual([]);
    await markPlanSeen(tdb.db, assessmentId, session.obs!);
    expect((await planChanges(tdb.db, assessmentId, session.obs!)).changes).toEqual([]);

    // A plan field keeps its versions too, and one is restored live to whoever reads the plan.
    const fieldVersions = async () =>
      (await listFieldHistory(tdb.db, assessmentId, session.obs!, 'row1', 'title')).versions;
    const watcher = connectClient(server.url, planName, users.obs);
    clients.push(watcher);
    const title = ef.doc.getText(planTextName('row1', 'title'));
    await waitFor(async () => (await fieldVersions()).length === 1, 'a version of the new title');
    title.delete(0, title.length);
    title.insert(0, 'Gifts declared within three days');
    await waitFor(async () => (await fieldVersions()).length === 2, 'two versions of the title');
    const first = (await fieldVersions()).at(-1)!;
    expect((await listFieldHistory(tdb.db, assessmentId, session.obs!, 'row1', 'title')).canRestore).toBe(false);
    await expect(
      restoreFieldVersion(tdb.db, assessmentId, session.obs!, 'row1', 'title', String(first.id)),
    ).rejects.toMatchObject({ code: 'access.role_forbids' });
    await expect(listFieldHistory(tdb.db, assessmentId, session.obs!, 'row1', 'budget')).rejects.toMatchObject({
      status: 404,
    });
    await restoreFieldVersion(tdb.db, assessmentId, session.ef!, 'row1', 'title', String(first.id));
    await waitFor(
      () => watcher.doc.getText(planTextName('row1', 'title')).toJSON() === 'Fewer gifts accepted',
      'the restored title at the reader',
    );

    const groupId = 'g1';
    await tdb.db
      .insertInto('breakout_groups')
      .values({ id: groupId, assessment_id: assessmentId, name: 'Group A', created_at: new Date().toISOString() })
      .execute();
    expect((await groupChanges(tdb.db, assessmentId, session.obs!, groupId)).since).toBeNull();
    const group = connectClient(server.url, formatDocName({ kind: 'group', assessmentId, groupId }), users.ef);
    clients.push(group);
    await waitFor(() => group.provider.synced, 'the group synced');
    addFinding(group.doc, 'weaknesses', 'f1', { id: users.ef.id, name: 'ef' });
    await waitFor(async () => {
      const { changes } = await groupChanges(tdb.db, assessmentId, session.obs!, groupId);
      return changes.length === 1 && changes[0]!.by.length === 1;
    }, 'the finding and its author');
    await expect(groupChanges(tdb.db, assessmentId, session.obs!, 'nope')).rejects.toMatchObject({ status: 404 });
    await expect(planChanges(tdb.db, assessmentId, session.outsider!)).rejects.toMatchObject({ status: 404 });
    await markGroupSeen(tdb.db, assessmentId, session.obs!, groupId);
    expect((await groupChanges(tdb.db, assessmentId, session.obs!, groupId)).changes).toEqual([]);
  });
});
