import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../../lib/collab/close-codes';
import { factorDocName, formatDocName } from '../../lib/collab/doc-names';
import { memoryLogger } from '../../server/yjs/logger';
import { resolveDocAccess } from '../../server/yjs/access';
import {
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
  upgradeStatus,
  waitFor,
} from './helpers/yjs-harness';

describe.each(dbKinds)('yjs access (%s)', (kind) => {
  let tdb: TTestDb;
  let server: TTestServer;
  const logger = memoryLogger();
  let assessmentId: string;
  let ef: TTestUser, ic: TTestUser, obs: TTestUser, sm: TTestUser, stranger: TTestUser;

  beforeAll(async () => {
    tdb = await createTestDb(kind);
    ef = await createUser(tdb.db, 'ef');
    ic = await createUser(tdb.db, 'ic');
    obs = await createUser(tdb.db, 'obs');
    sm = await createUser(tdb.db, 'sm');
    stranger = await createUser(tdb.db, 'stranger');
    assessmentId = await createAssessment(tdb.db, ef);
    await addMember(tdb.db, assessmentId, ef, 'EF');
    await addMember(tdb.db, assessmentId, ic, 'IC');
    await addMember(tdb.db, assessmentId, obs, 'OBS');
    await addMember(tdb.db, assessmentId, sm, 'SM');
    server = await startYjsServer({ db: tdb.db, logger });
  });
  afterAll(async () => {
    await server.close();
    await tdb.close();
  });

  it('refuses an upgrade without a session with 401', async () => {
    expect(await upgradeStatus(server.url, factorDocName(assessmentId, 'transparency'), null)).toBe(401);
    expect(
      await upgradeStatus(server.url, factorDocName(assessmentId, 'transparency'), 'next-auth.session-token=forged'),
    ).toBe(401);
  });

  it('answers 404 for malformed names, unknown areas and non-members alike', async () => {
    for (const name of [
      'nope',
      `assessment.${assessmentId}.factor.no-such-area`,
      `assessment.${assessmentId}.factor.transparency.x`,
      'assessment..plan',
    ]) {
      expect(await upgradeStatus(server.url, name, ic.cookie)).toBe(404);
    }
    expect(await upgradeStatus(server.url, factorDocName(assessmentId, 'transparency'), stranger.cookie)).toBe(404);
    expect(
      await upgradeStatus(server.url, factorDocName('00000000-0000-0000-0000-000000000000', 'transparency'), ic.cookie),
    ).toBe(404);
    expect(await upgradeStatus(server.url, factorDocName(assessmentId, 'transparency'), ic.cookie)).toBe(101);
  });

  it('decides write or read per role and document', async () => {
    const plan = formatDocName({ kind: 'plan', assessmentId });
    const report = formatDocName({ kind: 'report', assessmentId });
    const factor = factorDocName(assessmentId, 'transparency');
    const user = (u: TTestUser) => ({ id: u.id, email: '', name: '', isAdmin: false, timeZone: null });
    expect(await resolveDocAccess(tdb.db, user(ic), factor)).toBe('write');
    expect(await resolveDocAccess(tdb.db, user(obs), factor)).toBe('read');
    expect(await resolveDocAccess(tdb.db, user(sm), factor)).toBe('read');
    expect(await resolveDocAccess(tdb.db, user(ic), plan)).toBe('write');
    expect(await resolveDocAccess(tdb.db, user(ic), report)).toBe('read');
    expect(await resolveDocAccess(tdb.db, user(ef), report)).toBe('write');
    expect(await resolveDocAccess(tdb.db, null, factor)).toEqual({ status: 401 });
  });

  it('an observer receives the document and presence, but its updates reach no one and change nothing stored', async () => {
    const name = factorDocName(assessmentId, 'transparency');
    const writer = connectClient(server.url, name, ic);
    const observer = connectClient(server.url, name, obs);
    try {
      await waitFor(() => writer.provider.synced && observer.provider.synced, 'synced');
      writer.doc.getText('t').insert(0, 'hello');
      await waitFor(() => observer.doc.getText('t').toJSON() === 'hello', 'observer receives');
      observer.provider.awareness.setLocalStateField('user', { name: 'obs' });
      await waitFor(
        () => [...writer.provider.awareness.getStates().values()].some((s) => JSON.stringify(s).includes('"obs"')),
        'observer present',
      );

      observer.doc.getText('t').insert(0, 'EVIL ');
      observer.doc.getText('t').insert(0, 'MORE ');
      // A marker from the writer after the observer's edits: once it arrives, the observer's would have too.
      writer.doc.getText('marker').insert(0, 'm');
      await waitFor(() => observer.doc.getText('marker').toJSON() === 'm', 'marker');
      await server.yjs.flush();
      expect(writer.doc.getText('t').toJSON()).toBe('hello');
      const dropped = logger.lines.filter((l) => l.event === 'read-only-update-dropped' && l.fields.user === obs.id);
      expect(dropped).toHaveLength(1);

      // What is stored is what a fresh client loads.
      writer.destroy();
      observer.destroy();
      await waitFor(() => server.yjs.stats().connections === 0, 'disconnected');
      const fresh = connectClient(server.url, name, ef);
      await waitFor(() => fresh.provider.synced, 'fresh synced');
      expect(fresh.doc.getText('t').toJSON()).toBe('hello');
      fresh.destroy();
    } finally {
      writer.destroy();
      observer.destroy();
    }
  });

  it("closes a user's connections with 'access changed' on demand", async () => {
    const name = factorDocName(assessmentId, 'transparency');
    const c = connectClient(server.url, name, ic);
    await waitFor(() => c.provider.synced, 'synced');
    expect(server.yjs.closeConnections({ userId: ic.id })).toBe(1);
    await waitFor(() => c.closes.includes(CloseCode.accessChanged), 'closed with access changed');
    c.destroy();
  });

  it('caps connections per user', async () => {
    const capped = await startYjsServer({ db: tdb.db, logger, limits: { maxConnectionsPerUser: 2 } });
    const name = factorDocName(assessmentId, 'transparency');
    const cs = [0, 1, 2].map(() => connectClient(capped.url, name, ic));
    try {
      await waitFor(() => cs.some((c) => c.closes.includes(CloseCode.tooManyConnections)), 'third refused');
      expect(cs.filter((c) => c.provider.synced).length).toBeLessThanOrEqual(2);
    } finally {
      for (const c of cs) c.destroy();
      await capped.close();
    }
  });
});
