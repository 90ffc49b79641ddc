// Video-meeting links of sessions and breakout groups through the real route handlers (the session
// is stubbed; validation, roles and the database are real): an https link is stored and returned,
// in the session's calendar file too; http, javascript: and words are refused with a 400 naming
// meetingUrl and change nothing; a contributor is refused (403); a group's link is shown to its
// members and facilitators only. On every database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as groupRoute from '@/app/api/assessments/[id]/groups/[groupId]/route';
import * as groupAllocationRoute from '@/app/api/assessments/[id]/groups/allocation/route';
import * as groupsRoute from '@/app/api/assessments/[id]/groups/route';
import * as icsRoute from '@/app/api/assessments/[id]/sessions/[sessionId]/ics/route';
import * as sessionRoute from '@/app/api/assessments/[id]/sessions/[sessionId]/route';
import * as sessionsRoute from '@/app/api/assessments/[id]/sessions/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import { ZGroupCreatedResponseSchema, ZGroupsResponseSchema } from '@/lib/contracts/workshop';
import { ZSessionResponseSchema, ZSessionsResponseSchema } from '@/lib/contracts/sessions';
import type { TDb } from '@/lib/db/client';
import { areaGroup, liveMeetings } from '@/lib/services/workshop/meeting-links';
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

// The route handlers' one tie to Next: who is signed in. (vi.mock is hoisted above the imports.)
const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const holder = globalThis as typeof globalThis & { __idgDb?: TDb };

type THandler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

const JITSI = 'https://meet.jit.si/IDG-Plenary';
const TEAMS = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d';
const REFUSED: unknown[] = [
  'http://meet.jit.si/IDG-Plenary',
  'javascript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'meet.jit.si/IDG-Plenary',
  'see you on Zoom',
  'https://meet.jit.si@evil.example/room',
  `https://meet.jit.si/${'a'.repeat(2000)}`,
  42,
];

describe.each(dbKinds)('meeting links on %s', (kind) => {
  let t: TTestDb;
  let assessmentId = '';
  const u = {} as Record<'ef' | 'ic' | 'own' | 'other', TTestUser>;

  beforeAll(async () => {
    t = await createTestDb(kind);
    holder.__idgDb = t.db;
    u.ef = await createUser(t.db, 'Eve Facilitator');
    u.ic = await createUser(t.db, 'Ian Contributor');
    u.own = await createUser(t.db, 'Olga Own');
    u.other = await createUser(t.db, 'Xena Other');
    assessmentId = await createAssessment(t.db, u.ef);
    await addMember(t.db, assessmentId, u.ef, 'EF');
    await addMember(t.db, assessmentId, u.ic, 'IC');
    await addMember(t.db, assessmentId, u.own, 'IC');
    await addMember(t.db, assessmentId, u.other, 'XC');
  });

  afterAll(async () => {
    delete holder.__idgDb;
    await t?.close();
  });

  function as(who: keyof typeof u): void {
    session.user = sessionUserOf(u[who], who);
  }

  async function call<P extends { id: string }>(
    handler: THandler<P>,
    method: string,
    path: string,
    params: Omit<P, 'id'>,
    body?: unknown,
  ) {
    const init: RequestInit =
      body === undefined
        ? { method }
        : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const res = await handler(new Request(`http://localhost/api/assessments/${assessmentId}${path}`, init), {
      params: Promise.resolve({ ...params, id: assessmentId } as P),
    });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, text, json: type.includes('json') ? (JSON.parse(text) as unknown) : null };
  }

  const newSession = (title: string, meetingUrl?: unknown) => ({
    title,
    startsAt: '2030-03-10T13:00:00.000Z',
    durationMinutes: 90,
    agenda: [],
    ...(meetingUrl === undefined ? {} : { meetingUrl }),
  });
  const postSession = (body: unknown) => call(sessionsRoute.POST, 'POST', '/sessions', {}, body);
  const patchSession = (sessionId: string, body: unknown) =>
    call(sessionRoute.PATCH, 'PATCH', `/sessions/${sessionId}`, { sessionId }, body);
  const postGroup = (body: unknown) => call(groupsRoute.POST, 'POST', '/groups', {}, body);
  const patchGroup = (groupId: string, body: unknown) =>
    call(groupRoute.PATCH, 'PATCH', `/groups/${groupId}`, { groupId }, body);
  const sessions = async () =>
    ZSessionsResponseSchema.parse((await call(sessionsRoute.GET, 'GET', '/sessions', {})).json).sessions;
  const groups = async () =>
    ZGroupsResponseSchema.parse((await call(groupsRoute.GET, 'GET', '/groups', {})).json).groups;

  /** A 400 whose only field is meetingUrl, with a code the member's language words. */
  function expectRefusedField(res: { status: number; json: unknown }, what: unknown): void {
    expect(res.status, String(what)).toBe(400);
    const body = res.json as { fieldErrors?: Record<string, string[]>; fieldCodes?: Record<string, string[]> };
    expect(Object.keys(body.fieldErrors ?? {}), String(what)).toEqual(['meetingUrl']);
    for (const code of body.fieldCodes?.meetingUrl ?? [])
      expect(['field.meeting_url', 'field.text_max_2000'], String(what)).toContain(code);
  }

  it('stores a session’s https link, returns it, lists it and puts it in the calendar file', async () => {
    as('ef');
    const created = await postSession(newSession('Plenary: findings', `  ${JITSI}  `));
    expect(created.status).toBe(201);
    const s = ZSessionResponseSchema.parse(created.json).session;
    expect(s.meetingUrl).toBe(JITSI);
    expect((await sessions()).find((x) => x.id === s.id)?.meetingUrl).toBe(JITSI);

    as('ic');
    const ics = await call(icsRoute.GET, 'GET', `/sessions/${s.id}/ics`, { sessionId: s.id });
    expect(ics.status).toBe(200);
    const lines = ics.text.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain(`URL:${JITSI}`);
    expect(lines).toContain(`LOCATION:${JITSI}`);
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toContain(`Join the video meeting: ${JITSI}`);

    // Changed, kept through an unrelated change, then removed with an empty value.
    as('ef');
    const teams = await patchSession(s.id, { meetingUrl: TEAMS });
    expect(teams.status).toBe(200);
    expect(ZSessionResponseSchema.parse(teams.json).session).toMatchObject({ meetingUrl: TEAMS, sequence: 1 });
    const renamed = ZSessionResponseSchema.parse((await patchSession(s.id, { title: 'Plenary' })).json).session;
    expect(renamed.meetingUrl).toBe(TEAMS);
    const cleared = ZSessionResponseSchema.parse((await patchSession(s.id, { meetingUrl: '' })).json).session;
    expect(cleared.meetingUrl).toBeNull();
    const noLink = await call(icsRoute.GET, 'GET', `/sessions/${s.id}/ics`, { sessionId: s.id });
    expect(noLink.text).not.toContain('LOCATION:');
    expect(noLink.text).toContain(`URL:`);

    // A session scheduled without one has none.
    const plain = ZSessionResponseSchema.parse((await postSession(newSession('No link'))).json).session;
    expect(plain.meetingUrl).toBeNull();

    // A run of show puts each item's time in the description, in the reader's zone, named.
    await patchSession(s.id, {
      agenda: [
        { title: 'Welcome', durationMinutes: 15 },
        { title: 'Group work', kind: 'breakout', durationMinutes: 55 },
      ],
    });
    as('ic');
    const timed = (await call(icsRoute.GET, 'GET', `/sessions/${s.id}/ics`, { sessionId: s.id })).text;
    const description =
      timed
        .replace(/\r\n /g, '')
        .split('\r\n')
        .find((l) => l.startsWith('DESCRIPTION:')) ?? '';
    expect(description).toMatch(/Agenda \(times in [A-Za-z_/]+\):\\n1\. \d\d:\d\d–\d\d:\d\d Welcome\\n2\. \d\d:\d\d–/);
  });

  it('refuses anything but an https link with a 400 naming meetingUrl, and stores nothing', async () => {
    as('ef');
    const s = ZSessionResponseSchema.parse((await postSession(newSession('Breakouts', JITSI))).json).session;
    const g = ZGroupCreatedResponseSchema.parse((await postGroup({ name: 'Group R', meetingUrl: JITSI })).json).group;
    const before = (await sessions()).length;
    const groupsBefore = (await groups()).length;
    for (const bad of REFUSED) {
      expectRefusedField(await postSession(newSession('Refused', bad)), bad);
      expectRefusedField(await patchSession(s.id, { title: 'Changed', meetingUrl: bad }), bad);
      expectRefusedField(await postGroup({ name: 'Group Refused', meetingUrl: bad }), bad);
      expectRefusedField(await patchGroup(g.id, { name: 'Group Changed', meetingUrl: bad }), bad);
    }
    expect(await sessions()).toHaveLength(before);
    expect((await sessions()).find((x) => x.id === s.id)).toMatchObject({
      title: 'Breakouts',
      meetingUrl: JITSI,
      sequence: 0,
    });
    const stored = await groups();
    expect(stored).toHaveLength(groupsBefore);
    expect(stored.find((x) => x.id === g.id)).toMatchObject({ name: 'Group R', meetingUrl: JITSI });
  });

  it('lets only those who manage sessions and groups set a link (403 for a contributor)', async () => {
    as('ef');
    const s = ZSessionResponseSchema.parse((await postSession(newSession('Closing'))).json).session;
    const g = ZGroupCreatedResponseSchema.parse((await postGroup({ name: 'Group C' })).json).group;
    as('ic');
    expect((await postSession(newSession('Mine', JITSI))).status).toBe(403);
    expect((await patchSession(s.id, { meetingUrl: JITSI })).status).toBe(403);
    expect((await postGroup({ name: 'Group Mine', meetingUrl: JITSI })).status).toBe(403);
    expect((await patchGroup(g.id, { meetingUrl: JITSI })).status).toBe(403);
    expect((await sessions()).find((x) => x.id === s.id)?.meetingUrl).toBeNull();
    expect((await sessions()).some((x) => x.title === 'Mine')).toBe(false);
    expect((await groups()).find((x) => x.id === g.id)?.meetingUrl).toBeNull();
  });

  it('stores a group’s link, returns it, offers it to its members and logs no address', async () => {
    as('ef');
    const created = await postGroup({ name: 'Group A', meetingUrl: JITSI });
    expect(created.status).toBe(201);
    const g = ZGroupCreatedResponseSchema.parse(created.json).group;
    expect(g).toMatchObject({ name: 'Group A', meetingUrl: JITSI });

    const webex = 'https://customs.webex.com/meet/group-a';
    expect((await patchGroup(g.id, { memberIds: [u.ic.id], meetingUrl: webex })).status).toBe(200);
    as('ic');
    expect((await groups()).find((x) => x.id === g.id)?.meetingUrl).toBe(webex);
    expect((await liveMeetings(t.db, assessmentId, u.ic.id)).group).toEqual({ name: 'Group A', meetingUrl: webex });
    expect((await liveMeetings(t.db, assessmentId, u.ef.id)).group).toBeNull();

    as('ef');
    // A change of the link alone is a change.
    expect((await patchGroup(g.id, { meetingUrl: null })).status).toBe(200);
    expect((await groups()).find((x) => x.id === g.id)?.meetingUrl).toBeNull();
    expect((await liveMeetings(t.db, assessmentId, u.ic.id)).group).toBeNull();

    const log = await t.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('assessment_id', '=', assessmentId)
      .execute();
    expect(log.map((r) => r.action)).toContain('group.meeting-link');
    for (const r of log) expect(r.detail).not.toMatch(/meet\.jit\.si|webex|teams\.microsoft/);
  });

  it('shows a group’s link to its members and to facilitators, not to the other groups', async () => {
    as('ef');
    const g = ZGroupCreatedResponseSchema.parse((await postGroup({ name: 'Group Own', meetingUrl: JITSI })).json).group;
    const other = ZGroupCreatedResponseSchema.parse((await postGroup({ name: 'Group Other' })).json).group;
    expect((await patchGroup(g.id, { memberIds: [u.own.id] })).status).toBe(200);
    expect((await patchGroup(other.id, { memberIds: [u.other.id] })).status).toBe(200);
    const allocation = await call(
      groupAllocationRoute.PUT,
      'PUT',
      '/groups/allocation',
      {},
      { areaId: 'transparency', groupId: g.id },
    );
    expect(allocation.status).toBe(200);

    expect((await groups()).find((x) => x.id === g.id)?.meetingUrl).toBe(JITSI);
    as('own');
    expect((await groups()).find((x) => x.id === g.id)?.meetingUrl).toBe(JITSI);
    as('other');
    const seen = (await groups()).find((x) => x.id === g.id);
    expect(seen?.name).toBe('Group Own');
    expect(seen?.meetingUrl).toBeNull();

    // On the area's page, where the group works.
    const membership = (userId: string, role: 'EF' | 'IC' | 'XC') => ({ assessmentId, userId, role });
    expect((await areaGroup(t.db, membership(u.own.id, 'IC'), 'transparency'))?.meetingUrl).toBe(JITSI);
    expect((await areaGroup(t.db, membership(u.ef.id, 'EF'), 'transparency'))?.meetingUrl).toBe(JITSI);
    expect(await areaGroup(t.db, membership(u.other.id, 'XC'), 'transparency')).toMatchObject({
      name: 'Group Own',
      meetingUrl: null,
    });
  });

  it('offers in the live bar the sessions with a link that have not ended', async () => {
    as('ef');
    const now = new Date();
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
    const make = async (title: string, startsAt: string, meetingUrl?: string) =>
      ZSessionResponseSchema.parse((await postSession({ ...newSession(title, meetingUrl), startsAt })).json).session;
    const running = await make('Running now', at(-30), JITSI);
    const later = await make('Later today', at(120), TEAMS);
    const over = await make('Over', at(-200), JITSI);
    const noLink = await make('Running, no link', at(-10));
    // Earliest first; the earlier tests' sessions, in 2030, come after these.
    const offered = (await liveMeetings(t.db, assessmentId, u.ic.id, now)).sessions;
    expect(offered.slice(0, 2).map((s) => s.id)).toEqual([running.id, later.id]);
    expect(offered.map((s) => s.id)).not.toContain(over.id);
    expect(offered.map((s) => s.id)).not.toContain(noLink.id);
    expect(offered[0]).toMatchObject({ title: 'Running now', meetingUrl: JITSI, durationMinutes: 90 });
  });
});
