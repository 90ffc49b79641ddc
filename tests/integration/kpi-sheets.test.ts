// KPI sheets the guide's way, through the real route handlers (the session is stubbed; validation,
// roles and the database are real), on every database: the selection criteria a sheet is credited
// with are stored with it, and an empty sheet is filled from the Annex 11 example; both are
// written by plan editors only, the example never over what members wrote.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as kpisRoute from '@/app/api/assessments/[id]/kpis/route';
import * as kpiRoute from '@/app/api/assessments/[id]/kpis/[kpiId]/route';
import * as exampleRoute from '@/app/api/assessments/[id]/kpis/[kpiId]/example/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import { ZKpiSheetResponseSchema, ZNewKpiSheetResponseSchema } from '@/lib/contracts/plan';
import type { TRole } from '@/lib/domain/access/roles';
import { annex11Example, blankKpiSheet } from '@/lib/domain/plan/kpi-sheet';
import { createAssessment } from '@/lib/services/assessments/assessments';
import {
  type TRouteHandler,
  type TTestDb,
  type TTestUser,
  addMember,
  callRoute,
  createUser,
  dbKinds,
  routeTestDb,
  sessionUserOf,
} from './helpers/yjs-harness';

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));

type TWho = 'ef' | 'sm' | 'ic' | 'xc' | 'obs';

describe.each(dbKinds)('KPI sheets the guide’s way on %s', (kind) => {
  let t: TTestDb;
  let assessmentId = '';
  const u = {} as Record<TWho, TTestUser>;
  const roles: Record<TWho, TRole> = { ef: 'EF', sm: 'SM', ic: 'IC', xc: 'XC', obs: 'OBS' };

  beforeAll(async () => {
    t = await routeTestDb(kind);
    for (const who of Object.keys(roles) as TWho[]) u[who] = await createUser(t.db, who);
    assessmentId = (
      await createAssessment(t.db, u.ef.id, {
        administration: 'Customs of Testland',
        country: 'Testland',
        title: `KPIs ${randomUUID()}`,
        scope: 'targeted',
        areas: ['transparency'],
        mode: 2,
        plannedStart: null,
        plannedEnd: null,
        timeZone: 'UTC',
        creatorRole: 'EF',
      })
    ).id;
    for (const who of ['sm', 'ic', 'xc', 'obs'] as const) await addMember(t.db, assessmentId, u[who], roles[who]);
  });

  afterAll(async () => {
    await t?.close();
  });

  function call<P>(who: TWho, handler: TRouteHandler<P>, method: string, url: string, params: P, body?: unknown) {
    session.user = sessionUserOf(u[who], who);
    return callRoute(handler, method, url, params, body);
  }

  const base = () => `/api/assessments/${assessmentId}/kpis`;
  async function newBlankSheet(): Promise<string> {
    const res = await call('ef', kpisRoute.POST, 'POST', base(), { id: assessmentId }, { template: 'blank' });
    expect(res.status).toBe(201);
    return ZNewKpiSheetResponseSchema.parse(res.json).kpi.id;
  }
  const put = (who: TWho, kpiId: string, body: unknown) =>
    call(who, kpiRoute.PUT, 'PUT', `${base()}/${kpiId}`, { id: assessmentId, kpiId }, body);
  const fill = (who: TWho, kpiId: string) =>
    call(who, exampleRoute.POST, 'POST', `${base()}/${kpiId}/example`, { id: assessmentId, kpiId }, {});
  const get = async (kpiId: string) =>
    ZKpiSheetResponseSchema.parse(
      (await call('obs', kpiRoute.GET, 'GET', `${base()}/${kpiId}`, { id: assessmentId, kpiId })).json,
    ).kpi;

  it('stores the selection criteria a sheet is credited with, for plan editors only', async () => {
    const kpiId = await newBlankSheet();
    const credited = { ...blankKpiSheet(), fields: { name: 'Staff trained' }, criteria: ['relevant', 'clear'] };
    for (const who of ['sm', 'obs'] as const) {
      const refused = await put(who, kpiId, credited);
      expect(refused.status, who).toBe(403);
      expect(refused.json.code, who).toBe('access.role_forbids');
    }
    expect((await get(kpiId)).criteria).toEqual([]);

    for (const who of ['ef', 'ic', 'xc'] as const) {
      const res = await put(who, kpiId, { ...credited, criteria: who === 'xc' ? ['timely'] : credited.criteria });
      expect(res.status, who).toBe(200);
    }
    expect((await get(kpiId)).criteria).toEqual(['timely']);

    const unknown = await put('ef', kpiId, { ...credited, criteria: ['cheap'] });
    expect(unknown.status).toBe(400);
    expect((await get(kpiId)).criteria).toEqual(['timely']);
  });

  it('fills an empty sheet from the Annex 11 example for plan editors, and never a sheet with content', async () => {
    const kpiId = await newBlankSheet();
    for (const who of ['sm', 'obs'] as const) expect((await fill(who, kpiId)).status, who).toBe(403);
    expect((await get(kpiId)).fields).toEqual({});

    const filled = await fill('ic', kpiId);
    expect(filled.status).toBe(200);
    const sheet = ZKpiSheetResponseSchema.parse(filled.json);
    expect(sheet.missing).toEqual([]);
    const { criteria, fields, types, owner } = annex11Example();
    expect(sheet.kpi).toMatchObject({
      name: 'Integrity (anticorruption) compliance rate',
      fields,
      types,
      owner,
      criteria,
    });

    const again = await fill('ef', kpiId);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('kpi_sheet.not_blank');

    const ticked = await newBlankSheet();
    await put('ef', ticked, { ...blankKpiSheet(), criteria: ['clear'] });
    expect((await fill('ef', ticked)).status).toBe(409);
    expect((await get(ticked)).fields).toEqual({});

    expect((await fill('ef', randomUUID())).status).toBe(404);
  });
});
