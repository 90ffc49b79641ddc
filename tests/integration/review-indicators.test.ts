// Part VI's indicators of success through the real route handlers (the session is stubbed;
// validation, roles and the database are real), on every database: facilitators record them per
// round, every member reads them, and a review round shows the previous round's beside its own.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as route from '@/app/api/assessments/[id]/review-indicators/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import { ZReviewIndicatorsResponseSchema } from '@/lib/contracts/review-indicators';
import type { TDb } from '@/lib/db/client';
import type { TRole } from '@/lib/domain/access/roles';
import { createAssessment } from '@/lib/services/assessments/assessments';
import {
  addMember,
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
type TWho = 'ef' | 'lf' | 'sm' | 'ic' | 'obs';

describe.each(dbKinds)('Part VI indicators of success on %s', (kind) => {
  let t: TTestDb;
  let first = '';
  let second = '';
  const u = {} as Record<TWho, TTestUser>;
  const roles: Record<TWho, TRole> = { ef: 'EF', lf: 'LF', sm: 'SM', ic: 'IC', obs: 'OBS' };

  async function newAssessment(title: string): Promise<string> {
    const { id } = await createAssessment(t.db, u.ef.id, {
      administration: 'Customs of Testland',
      country: 'Testland',
      title,
      scope: 'targeted',
      areas: ['transparency'],
      mode: 2,
      plannedStart: null,
      plannedEnd: null,
      timeZone: 'UTC',
      creatorRole: 'EF',
    });
    for (const who of ['lf', 'sm', 'ic', 'obs'] as const) await addMember(t.db, id, u[who], roles[who]);
    return id;
  }

  beforeAll(async () => {
    t = await createTestDb(kind);
    holder.__idgDb = t.db;
    for (const who of Object.keys(roles) as TWho[]) u[who] = await createUser(t.db, who);
    first = await newAssessment(`Round 1 ${randomUUID()}`);
    second = await newAssessment(`Round 2 ${randomUUID()}`);
    // The second assessment is the review round that follows the first (as startReviewRound links them).
    await t.db
      .insertInto('review_rounds')
      .values({
        assessment_id: second,
        previous_assessment_id: first,
        carried_answers: 0,
        started_by: u.ef.id,
        started_at: new Date().toISOString(),
      })
      .execute();
  });

  afterAll(async () => {
    delete holder.__idgDb;
    await t?.close();
  });

  async function call(who: TWho, method: 'GET' | 'PUT', assessmentId: string, body?: unknown) {
    session.user = sessionUserOf(u[who], who);
    const init: RequestInit =
      body === undefined
        ? { method }
        : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const req = new Request(`http://localhost/api/assessments/${assessmentId}/review-indicators`, init);
    const res = await route[method](req, { params: Promise.resolve({ id: assessmentId }) });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  const media = (observation: string, direction: string) => ({
    indicatorId: 'media-coverage',
    observation,
    direction,
    source: 'Press review',
  });

  it('lets facilitators record an indicator, and refuses everyone else', async () => {
    for (const who of ['sm', 'ic', 'obs'] as const)
      expect((await call(who, 'PUT', first, media('Fewer stories', 'improved'))).status, who).toBe(403);
    const res = await call('ef', 'PUT', first, media('Fewer stories about bribes', 'improved'));
    expect(res.status).toBe(200);
    expect(ZReviewIndicatorsResponseSchema.parse(res.json)).toMatchObject({
      indicators: [{ indicatorId: 'media-coverage', direction: 'improved', updatedBy: { id: u.ef.id } }],
      previous: null,
    });
  });

  it('replaces the round’s record of an indicator, keeps the guide’s order and trims what was typed', async () => {
    await call('lf', 'PUT', first, { ...media('  Stories halved  ', 'unchanged'), source: '' });
    await call('lf', 'PUT', first, {
      indicatorId: 'satisfaction-surveys',
      observation: 'Traders rate us higher',
      direction: 'improved',
      source: '',
    });
    const res = ZReviewIndicatorsResponseSchema.parse((await call('obs', 'GET', first)).json);
    expect(res.indicators.map((i) => [i.indicatorId, i.observation, i.direction, i.source])).toEqual([
      ['satisfaction-surveys', 'Traders rate us higher', 'improved', ''],
      ['media-coverage', 'Stories halved', 'unchanged', ''],
    ]);
  });

  it('refuses an indicator the guide does not list, an unknown direction and an empty observation', async () => {
    for (const body of [
      { ...media('x', 'improved'), indicatorId: 'weather' },
      media('x', 'better'),
      media('   ', 'improved'),
    ]) {
      const res = await call('ef', 'PUT', first, body);
      expect(res.status).toBe(400);
    }
  });

  it('shows a review round the previous round’s records beside its own, each round kept apart', async () => {
    await call('ef', 'PUT', second, media('Stories rare now', 'improved'));
    const res = ZReviewIndicatorsResponseSchema.parse((await call('ic', 'GET', second)).json);
    expect(res.indicators.map((i) => i.observation)).toEqual(['Stories rare now']);
    expect(res.previous).toMatchObject({ assessmentId: first, indicators: [{}, { observation: 'Stories halved' }] });
    const firstRound = ZReviewIndicatorsResponseSchema.parse((await call('ic', 'GET', first)).json);
    expect(firstRound.indicators.map((i) => i.observation)).not.toContain('Stories rare now');
  });
});
