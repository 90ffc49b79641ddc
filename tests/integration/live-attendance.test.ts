// Attendance from the live room: a member already in the room when a session begins is recorded
// as attending it without loading a page, and the report lists them; on every database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportData } from '@/lib/services/reports/report-data';
import { createSession, listAttendance, updateSession } from '@/lib/services/workshop/sessions';
import { type TLiveClient, connectLiveClient, startLiveServer } from './helpers/live-harness';
import {
  type TTestDb,
  type TTestUser,
  addMember,
  createAssessment,
  createTestDb,
  createUser,
  dbKinds,
  waitFor,
} from './helpers/yjs-harness';

describe.each(dbKinds)('live-room attendance on %s', (kind) => {
  let t: TTestDb;
  let url = '';
  let closeHttp: () => Promise<void>;
  let assessmentId = '';
  let ef: TTestUser;
  let ana: TTestUser;
  let ben: TTestUser;
  const clients: TLiveClient[] = [];

  beforeAll(async () => {
    t = await createTestDb(kind);
    ef = await createUser(t.db, 'ef');
    ana = await createUser(t.db, 'ana');
    ben = await createUser(t.db, 'ben');
    assessmentId = await createAssessment(t.db, ef);
    await addMember(t.db, assessmentId, ef, 'EF');
    await addMember(t.db, assessmentId, ana, 'IC');
    await addMember(t.db, assessmentId, ben, 'IC');
    const quiet = { info: () => undefined, warn: () => undefined };
    ({ url, close: closeHttp } = await startLiveServer(t.db, quiet, { attendanceSweepMs: 100 }));
  });

  afterAll(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await closeHttp?.();
    await t?.close();
  });

  it('records a member who was in the room before the session began, and the report lists them', async () => {
    const facilitator = { assessmentId, userId: ef.id, role: 'EF' as const };
    const session = await createSession(t.db, assessmentId, facilitator, {
      title: 'Plenary',
      startsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
      durationMinutes: 60,
      agenda: [],
    });

    // Ana joins while the session is still hours away: nothing to attend yet.
    const socket = await connectLiveClient(url, ana, (s) => clients.push(s));
    const ack = await socket.emitWithAck('assessment:join', { assessmentId, path: `/assessments/${assessmentId}` });
    expect(ack.ok).toBe(true);
    expect(await listAttendance(t.db, session.id)).toEqual([]);

    // The session begins; Ana stays where she is and loads nothing.
    await updateSession(t.db, assessmentId, session.id, facilitator, { startsAt: new Date().toISOString() });
    await waitFor(
      async () => (await listAttendance(t.db, session.id)).some((a) => a.userId === ana.id),
      'ana recorded as attending',
    );
    // Ben, a member who was not in the room, did not attend.
    expect((await listAttendance(t.db, session.id)).map((a) => a.name)).toEqual(['ana']);

    const report = await loadReportData(t.db, assessmentId);
    expect(report.sessions.find((s) => s.title === 'Plenary')?.attendees).toEqual([
      { id: ana.id, name: 'ana', role: 'IC' },
    ]);
  });
});
