// The guide's Annex 9 example as a starting plan, through the real route handler (the session is
// stubbed; roles and the database are real), on every database: facilitators only, one KPI sheet per
// example KPI (used again when asked twice), and refused once the plan has a row.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as exampleRoute from '@/app/api/assessments/[id]/plan/example/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import { formatDocName } from '@/lib/collab/doc-names';
import { insertPlanExample } from '@/lib/collab/plan-example';
import { addPlanRow } from '@/lib/collab/plan-layout';
import { insertDocState } from '@/lib/collab/persisted-doc';
import { ZPlanExampleResponseSchema } from '@/lib/contracts/plan';
import type { TDb } from '@/lib/db/client';
import { actionPlanExample } from '@/lib/idg/process';
import { listKpiSheets } from '@/lib/services/plan/kpi';
import { planSnapshot } from '@/lib/services/plan/plan';
import {
  addMember,
  createAssessment,
  createTestDb,
  createUser,
  dbKinds,
  sessionUserOf,
  type TTestDb,
  type TTestUser,
} from './helpers/yjs-harness';

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const holder = globalThis as typeof globalThis & { __idgDb?: TDb };
const ROLES = { ef: 'EF', lf: 'LF', ncp: 'NCP', sm: 'SM', ic: 'IC', xc: 'XC', obs: 'OBS' } as const;
type TWho = keyof typeof ROLES;

describe.each(dbKinds)("the guide's example plan on %s", (kind) => {
  let t: TTestDb;
  const u = {} as Record<TWho, TTestUser>;

  beforeAll(async () => {
    t = await createTestDb(kind);
    holder.__idgDb = t.db;
    for (const who of Object.keys(ROLES) as TWho[]) u[who] = await createUser(t.db, who);
  });

  afterAll(async () => {
    delete holder.__idgDb;
    await t?.close();
  });

  async function post(who: TWho, id: string) {
    session.user = sessionUserOf(u[who], who);
    const res = await exampleRoute.POST(
      new Request(`http://localhost/api/assessments/${id}/plan/example`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      }),
      { params: Promise.resolve({ id }) },
    );
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  async function newAssessment(): Promise<string> {
    const id = await createAssessment(t.db, u.ef);
    for (const who of Object.keys(ROLES) as TWho[]) await addMember(t.db, id, u[who], ROLES[who]);
    return id;
  }

  it('makes one KPI sheet per example KPI for a facilitator, and the same ones when asked again', async () => {
    const id = await newAssessment();
    for (const who of ['sm', 'ic', 'xc', 'obs'] as const) expect((await post(who, id)).status, who).toBe(403);
    const first = await post('lf', id);
    expect(first.status).toBe(200);
    const { kpiIds } = ZPlanExampleResponseSchema.parse(first.json);
    expect(kpiIds).toHaveLength(actionPlanExample.activities.length);
    const sheets = await listKpiSheets(t.db, id);
    expect(kpiIds.map((k) => sheets.find((s) => s.id === k)?.name)).toEqual(
      actionPlanExample.activities.map((a) => a.kpi),
    );
    expect(sheets.find((s) => s.id === kpiIds[0])?.fields.targetValue).toBe('100% coverage');
    expect(ZPlanExampleResponseSchema.parse((await post('ef', id)).json).kpiIds).toEqual(kpiIds);
    expect(await listKpiSheets(t.db, id)).toHaveLength(sheets.length);

    // The facilitator's browser writes the rows; the plan then names the example's KPI sheets.
    const doc = new Y.Doc();
    insertPlanExample(doc, kpiIds, { id: u.lf.id, name: 'lf' });
    await insertDocState(t.db, formatDocName({ kind: 'plan', assessmentId: id }), doc);
    const snapshot = await planSnapshot(t.db, id);
    expect(snapshot.kpiSheets.map((s) => s.name).sort()).toEqual(actionPlanExample.activities.map((a) => a.kpi).sort());
    expect((await post('ef', id)).json).toMatchObject({ code: 'plan_example.not_empty' });
  });

  it('refuses a plan that has a row, with a clear error and no KPI sheet made', async () => {
    const id = await newAssessment();
    const doc = new Y.Doc();
    addPlanRow(doc, { id: 'o1', kind: 'outcome', parentId: null, title: 'Ours' }, { id: u.ef.id, name: 'ef' });
    await insertDocState(t.db, formatDocName({ kind: 'plan', assessmentId: id }), doc);
    const res = await post('ncp', id);
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ code: 'plan_example.not_empty' });
    expect(String(res.json.error)).toMatch(/only starts an empty plan/);
    expect(await listKpiSheets(t.db, id)).toEqual([]);
  });
});
