// One member's view of a workshop (GET /api/assessments/:id/me) per role: through the real route
// handler (only the session is stubbed) and through the service.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as meRoute from '@/app/api/assessments/[id]/me/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import type { TDb } from '@/lib/db/client';
import type { TRole } from '@/lib/domain/access/roles';
import { ZMyWorkshopResponseSchema } from '@/lib/contracts/assessments';
import { requireAccess } from '@/lib/services/access/access';
import { createAssessment } from '@/lib/services/assessments/assessments';
import { myWorkshop } from '@/lib/services/assessments/my-workshop';
import { workshopStages } from '@/lib/services/assessments/workshop-status';
import { createUser } from '@/lib/services/accounts/users';
import { createGroup } from '@/lib/services/workshop/groups';
import { allocateArea } from '@/lib/services/workshop/area-allocation';
import { createSession } from '@/lib/services/workshop/sessions';
import { dbTargets, openMigrated } from './helpers/db-targets';

// The route handler's one tie to Next: who is signed in. (vi.mock is hoisted above the imports.)
const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));
const holder = globalThis as typeof globalThis & { __idgDb?: TDb };

const NOW = new Date('2030-03-02T08:00:00.000Z');
const base = () => ({
  administration: 'Customs',
  country: 'X',
  title: 'Me test',
  scope: 'targeted' as const,
  areas: ['transparency', 'automation'],
  mode: 2 as const,
  plannedStart: null,
  plannedEnd: null,
  timeZone: 'UTC',
  creatorRole: 'EF' as const,
});

describe.each(dbTargets())('my workshop on $name', (target) => {
  let db: TDb;
  let assessmentId: string;
  let groupId: string;
  const ids: Record<string, string> = {};
  const user = (who: string): TSessionUser => ({
    id: ids[who]!,
    email: `${who}@me.example`,
    name: who,
    timeZone: 'UTC',
    isAdmin: false,
    locale: 'en',
  });
  const as = (who: string) => requireAccess(db, assessmentId, user(who), 'assessment.view');
  const getMe = (who: string, id = assessmentId, locale = 'en') => {
    session.user = { ...user(who), locale };
    return meRoute.GET(new Request(`http://localhost/api/assessments/${id}/me`), {
      params: Promise.resolve({ id }),
    });
  };

  beforeAll(async () => {
    db = await openMigrated(target);
    holder.__idgDb = db;
    for (const who of ['ef', 'lf', 'ic', 'obs', 'sm', 'stranger']) {
      ids[who] = await createUser(db, { email: `${who}@me.example`, name: who, password: null, timeZone: 'UTC' });
    }
    const a = await createAssessment(db, ids.ef!, base());
    assessmentId = a.id;
    const roles: [string, TRole][] = [
      ['lf', 'LF'],
      ['ic', 'IC'],
      ['obs', 'OBS'],
      ['sm', 'SM'],
    ];
    for (const [who, role] of roles) {
      await db
        .insertInto('memberships')
        .values({
          assessment_id: assessmentId,
          user_id: ids[who]!,
          role,
          organisation: null,
          organisation_type: null,
          expertise: null,
          gender: null,
          joined_at: NOW.toISOString(),
        })
        .execute();
    }
    const ef = { assessmentId, userId: ids.ef!, role: 'EF' as const };
    groupId = await createGroup(db, assessmentId, ef, 'Alpha');
    await allocateArea(db, assessmentId, ef, 'transparency', groupId);
    await db
      .insertInto('group_members')
      .values({ group_id: groupId, user_id: ids.ic!, assessment_id: assessmentId, is_rapporteur: 0 })
      .execute();
    await createSession(db, assessmentId, ef, {
      title: 'Past',
      startsAt: '2030-03-01T08:00:00.000Z',
      durationMinutes: 60,
      agenda: [],
    });
    await createSession(db, assessmentId, ef, {
      title: 'Day 2',
      startsAt: '2030-03-03T08:00:00.000Z',
      durationMinutes: 90,
      agenda: [],
    });
    await db
      .insertInto('rating_rounds')
      .values({
        id: 'round-1',
        assessment_id: assessmentId,
        kind: 'rating',
        status: 'open',
        anonymous: 0,
        results: 'live',
        revealed: 0,
        activity_ids: '[]',
        criteria: '[]',
        dot_budget: null,
        dot_cap: null,
        opened_by: ids.ef!,
        opened_at: NOW.toISOString(),
        closed_at: null,
      })
      .execute();
    await db
      .insertInto('plan_submissions')
      .values({
        id: 'sub-1',
        assessment_id: assessmentId,
        status: 'pending',
        version: null,
        snapshot: '{}',
        strategy_link: '',
        submitted_by: ids.ef!,
        submitted_at: NOW.toISOString(),
        decided_at: null,
      })
      .execute();
    await db
      .insertInto('plan_approvals')
      .values({ submission_id: 'sub-1', approver_id: ids.sm!, decision: 'pending', comment: '', decided_at: null })
      .execute();
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('refuses a non-member as if the assessment did not exist', async () => {
    await expect(as('stranger')).rejects.toMatchObject({ status: 404 });
    expect((await getMe('stranger')).status).toBe(404);
    expect((await getMe('ic', 'no-such-assessment')).status).toBe(404);
  });

  it('answers a member over the API in the shape of its contract', async () => {
    const res = await getMe('ic');
    expect(res.status).toBe(200);
    const me = ZMyWorkshopResponseSchema.parse(await res.json());
    expect(me).toMatchObject({ role: 'IC', group: { id: groupId, name: 'Alpha' }, attention: [] });
    expect(me.areas[0]?.label).toBe('Key factor 3: Transparency');
  });

  it("names areas, in the list and in tasks, in the member's language", async () => {
    const me = ZMyWorkshopResponseSchema.parse(await (await getMe('ic', assessmentId, 'fr')).json());
    expect(me.areas[0]?.label).toMatch(/^Facteur clé 3\s:\sTransparence$/);
    expect(me.tasks.find((t) => t.kind === 'answer')?.area).toBe(me.areas[0]?.label);
  });

  it('gives a contributor their group, its areas, the next session and what waits for them', async () => {
    const me = ZMyWorkshopResponseSchema.parse(await myWorkshop(db, await as('ic'), NOW));
    expect(me.role).toBe('IC');
    expect(me.group).toEqual({ id: groupId, name: 'Alpha' });
    expect(me.areas.map((a) => a.id)).toEqual(['transparency']);
    expect(me.areas[0]!.answered).toBe(0);
    expect(me.areas[0]!.total).toBeGreaterThan(0);
    expect(me.nextSession).toMatchObject({ title: 'Day 2', startsAt: '2030-03-03T08:00:00.000Z', meetingUrl: null });
    expect(me.tasks).toEqual([
      {
        kind: 'rate',
        link: `/assessments/${assessmentId}/priorities`,
        area: null,
        question: null,
        by: null,
        count: 1,
      },
      {
        kind: 'answer',
        link: `/assessments/${assessmentId}/checklist/transparency`,
        area: me.areas[0]!.label,
        question: null,
        by: null,
        count: me.areas[0]!.total,
      },
    ]);
    // A rating round is open and a plan was submitted: planning, at the plan's adoption.
    expect(me).toMatchObject({ stage: 'action-planning', step: { guide: 'action-planning', n: 6 }, attention: [] });
  });

  it('stops asking a contributor to rate once they have rated', async () => {
    await db
      .insertInto('ratings')
      .values({
        round_id: 'round-1',
        voter_key: ids.ic!,
        activity_id: 'x',
        criterion: 'c',
        value: 'low',
        updated_at: NOW.toISOString(),
      })
      .execute();
    const me = await myWorkshop(db, await as('ic'), NOW);
    expect(me.tasks.map((t) => t.kind)).toEqual(['answer']);
  });

  it('gives a facilitator every area in scope and no group', async () => {
    const me = await myWorkshop(db, await as('ef'), NOW);
    expect(me.role).toBe('EF');
    expect(me.group).toBeNull();
    expect(me.areas.map((a) => a.id).sort()).toEqual(['automation', 'transparency']);
    // The workshop works in groups and the facilitator is in none: answering is not asked of them.
    expect(me.tasks.filter((t) => t.kind === 'answer')).toEqual([]);
    expect(me.attention).toEqual([
      { kind: 'unallocated-areas', count: 1, link: `/assessments/${assessmentId}/groups` },
      { kind: 'open-rounds', count: 1, link: `/assessments/${assessmentId}/priorities` },
      { kind: 'pending-approval', count: 1, link: `/assessments/${assessmentId}/plan` },
    ]);
  });

  it('asks a facilitator to answer while the workshop has no groups', async () => {
    const solo = await createAssessment(db, ids.ef!, { ...base(), title: 'No groups' });
    const me = await myWorkshop(db, { assessmentId: solo.id, userId: ids.ef!, role: 'EF' }, NOW);
    expect(me.tasks.filter((t) => t.kind === 'answer').map((t) => t.link)).toEqual([
      `/assessments/${solo.id}/checklist/transparency`,
      `/assessments/${solo.id}/checklist/automation`,
    ]);
    expect(me).toMatchObject({ stage: 'prepare', step: { guide: 'assessment', n: 1 } });
  });

  it('tells a facilitator of Annex 4 activities past their due date', async () => {
    await db
      .insertInto('step_activities')
      .values({
        assessment_id: assessmentId,
        code: '2.1',
        status: 'in-progress',
        due_date: '2030-03-01',
        owner_id: null,
        notes: '',
        updated_by: ids.ef!,
        updated_at: NOW.toISOString(),
      })
      .execute();
    const me = await myWorkshop(db, await as('lf'), NOW);
    expect(me.attention).toContainEqual({
      kind: 'overdue-activities',
      count: 1,
      link: `/assessments/${assessmentId}#annex-4`,
    });
  });

  it('lists a mention until the member replies on that question', async () => {
    const comment = async (author: string, mentions: string[], at: string) =>
      db
        .insertInto('comments')
        .values({
          id: `c-${author}-${at}`,
          assessment_id: assessmentId,
          question_key: 'transparency.3',
          author_id: ids[author]!,
          body: 'Look at this',
          mentions: JSON.stringify(mentions),
          created_at: at,
        })
        .execute();
    await comment('ef', [ids.ic!], '2030-03-01T09:00:00.000Z');
    const mention = (await myWorkshop(db, await as('ic'), NOW)).tasks.filter((t) => t.kind === 'mention');
    expect(mention).toEqual([
      {
        kind: 'mention',
        link: `/assessments/${assessmentId}/checklist/transparency#q-transparency.3`,
        area: expect.any(String) as string,
        question: '3',
        by: 'ef',
        count: 1,
      },
    ]);
    expect(mention[0]!.area).not.toContain('.');
    expect((await myWorkshop(db, await as('obs'), NOW)).tasks).toEqual([]);
    await comment('ic', [], '2030-03-01T10:00:00.000Z');
    expect((await myWorkshop(db, await as('ic'), NOW)).tasks.map((t) => t.kind)).not.toContain('mention');
  });

  it('gives an observer the next session and nothing to do', async () => {
    const me = await myWorkshop(db, await as('obs'), NOW);
    expect(me).toMatchObject({ role: 'OBS', group: null, areas: [], tasks: [] });
    expect(me.nextSession?.title).toBe('Day 2');
  });

  it('asks a senior manager to approve the plan submitted to them', async () => {
    const me = await myWorkshop(db, await as('sm'), NOW);
    expect(me.tasks).toEqual([
      { kind: 'approve', link: `/assessments/${assessmentId}/plan`, area: null, question: null, by: null, count: 1 },
    ]);
    expect(me.attention).toEqual([]);
  });

  it('derives the stage from what the workshop has produced', async () => {
    const blank = { ...base(), title: 'Blank' };
    const [quiet, answered] = [await createAssessment(db, ids.ef!, blank), await createAssessment(db, ids.ef!, blank)];
    await db
      .insertInto('yjs_updates')
      .values({
        doc_name: `assessment.${answered.id}.factor.transparency`,
        update: new Uint8Array([0, 0]),
        created_at: NOW.toISOString(),
      })
      .execute();
    const stages = await workshopStages(db, [assessmentId, quiet.id, answered.id]);
    expect(Object.fromEntries(stages)).toEqual({
      [assessmentId]: 'action-planning',
      [quiet.id]: 'prepare',
      [answered.id]: 'assessment',
    });
  });
});
