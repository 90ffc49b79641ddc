// Three people change the plan draft's structure and text at the same moment, through the real
// sync server and real providers; every client converges and nothing anyone typed is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDocName } from '@/lib/collab/doc-names';
import {
  addPlanRow,
  childRows,
  deletePlanRow,
  movePlanRow,
  planTextName,
  readPlan,
  setPlanField,
  setPlanKpi,
} from '@/lib/collab/plan-layout';
import { planActivities } from '@/lib/domain/plan/plan-tree';
import { readPlanDraft } from '@/lib/services/plan/plan';
import { memoryLogger } from '@/server/yjs/logger';
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

describe.each(dbKinds)('the live action plan draft (%s)', (kind) => {
  let tdb: TTestDb;
  let server: TTestServer;
  let assessmentId: string;
  const users: TTestUser[] = [];
  const clients: TClient[] = [];

  beforeAll(async () => {
    tdb = await createTestDb(kind);
    const ef = await createUser(tdb.db, 'ef');
    assessmentId = await createAssessment(tdb.db, ef);
    await addMember(tdb.db, assessmentId, ef, 'EF');
    users.push(ef);
    for (const label of ['ana', 'ben']) {
      const u = await createUser(tdb.db, label);
      await addMember(tdb.db, assessmentId, u, 'IC');
      users.push(u);
    }
    server = await startYjsServer({ db: tdb.db, logger: memoryLogger() });
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    await tdb.close();
  });

  it('converges after concurrent adds, moves, deletes and typing, with no text lost', async () => {
    const name = formatDocName({ kind: 'plan', assessmentId });
    const [a, b, c] = users.map((u) => connectClient(server.url, name, u));
    clients.push(a!, b!, c!);
    const all = [a!, b!, c!];
    await waitFor(() => all.every((x) => x.provider.synced), 'all synced');

    // A shared starting point: one outcome with two objectives.
    const who = { id: users[0]!.id, name: 'ef' };
    addPlanRow(a!.doc, { id: 'o1', kind: 'outcome', parentId: null, title: 'Managers remedy weaknesses' }, who);
    addPlanRow(a!.doc, { id: 'j1', kind: 'objective', parentId: 'o1', title: 'Train all staff by 2027' }, who);
    addPlanRow(a!.doc, { id: 'j2', kind: 'objective', parentId: 'o1', title: 'Reporting channel' }, who);
    await waitFor(
      () => all.every((x) => readPlan(x.doc).outcomes[0]?.objectives.length === 2),
      'the start reached everyone',
    );

    // Everyone goes offline, so their changes truly cross.
    for (const x of all) x.provider.disconnect();

    // Ana adds two activities under 1.1 and types in the objective's title; links a KPI.
    addPlanRow(
      b!.doc,
      { id: 'act-a1', kind: 'activity', parentId: 'j1', title: 'Design the module' },
      { id: users[1]!.id, name: 'ana' },
    );
    addPlanRow(
      b!.doc,
      { id: 'act-a2', kind: 'activity', parentId: 'j1', title: 'Deliver the module' },
      { id: users[1]!.id, name: 'ana' },
    );
    b!.doc.getText(planTextName('j1', 'title')).insert(0, 'ANA ');
    setPlanKpi(b!.doc, 'act-a1', 'kpi-1', true);
    // Ben adds an activity under 1.2, moves 1.2 above 1.1, types at the end of the same title, links another KPI.
    addPlanRow(
      c!.doc,
      { id: 'act-b1', kind: 'activity', parentId: 'j2', title: 'Open a hotline' },
      { id: users[2]!.id, name: 'ben' },
    );
    movePlanRow(c!.doc, 'j2', 0);
    const t = c!.doc.getText(planTextName('j1', 'title'));
    t.insert(t.length, ' BEN');
    setPlanKpi(c!.doc, 'act-a1', 'kpi-2', true);
    setPlanField(c!.doc, 'act-a1', 'due', '2027-03-31');
    // The facilitator adds a second outcome, and deletes objective 1.2 that Ben is adding to.
    addPlanRow(a!.doc, { id: 'o2', kind: 'outcome', parentId: null, title: 'Transparent procedures' }, who);
    deletePlanRow(a!.doc, 'j2', users[0]!.id);

    for (const x of all) x.provider.connect();
    const signature = (x: TClient) => JSON.stringify(readPlan(x.doc));
    await waitFor(
      () => all.every((x) => x.provider.synced) && new Set(all.map(signature)).size === 1,
      'all three converge',
    );

    const plan = readPlan(a!.doc);
    expect(plan.outcomes.map((o) => o.title)).toEqual(['Managers remedy weaknesses', 'Transparent procedures']);
    // 1.2 is deleted; 1.1 keeps both people's typing.
    expect(plan.outcomes[0]!.objectives.map((j) => j.title)).toEqual(['ANA Train all staff by 2027 BEN']);
    const activities = planActivities(plan);
    expect(activities.map((x) => [x.number, x.title])).toEqual([
      ['1.1.1', 'Design the module'],
      ['1.1.2', 'Deliver the module'],
    ]);
    expect(activities[0]!.kpiIds).toEqual(['kpi-1', 'kpi-2']);
    expect(activities[0]!.due).toBe('2027-03-31');
    // Ben's activity lost its parent to the concurrent delete: it is kept, to be placed again.
    expect(plan.orphans).toEqual([{ id: 'act-b1', kind: 'activity', title: 'Open a hotline' }]);
    movePlanRow(c!.doc, 'act-b1', (childRows(c!.doc, 'j1', 'activity').at(-1)?.order ?? 0) + 1, 'j1');
    await waitFor(
      () => all.every((x) => planActivities(readPlan(x.doc)).length === 3),
      'the orphan is placed for everyone',
    );
    expect(readPlan(b!.doc).orphans).toEqual([]);

    // The server reads the same draft from what the sync server persisted (GET /plan, exports).
    const expected = JSON.stringify(readPlan(a!.doc));
    await waitFor(
      async () => JSON.stringify(await readPlanDraft(tdb.db, assessmentId)) === expected,
      'the persisted draft matches',
    );
  });
});
