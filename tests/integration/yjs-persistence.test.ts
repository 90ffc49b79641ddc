import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factorDocName } from '../../lib/collab/doc-names';
import { memoryLogger } from '../../server/yjs/logger';
import { covers, logRows, persistedDoc } from './helpers/yjs-db-state';
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
  waitFor,
} from './helpers/yjs-harness';

describe.each(dbKinds)('yjs persistence (%s)', (kind) => {
  let tdb: TTestDb;
  let server: TTestServer;
  let assessmentId: string;
  let ic: TTestUser;

  beforeAll(async () => {
    tdb = await createTestDb(kind);
    ic = await createUser(tdb.db, 'ic');
    assessmentId = await createAssessment(tdb.db, ic);
    await addMember(tdb.db, assessmentId, ic, 'IC');
    server = await startYjsServer({ db: tdb.db, logger: memoryLogger(), persistence: { compactAfter: 5 } });
  });
  afterAll(async () => {
    await server.close();
    await tdb.close();
  });

  it('logs every applied update within a second, compacts the log, and unloads to one state row', async () => {
    const name = factorDocName(assessmentId, 'transparency');
    const c = connectClient(server.url, name, ic);
    await waitFor(() => c.provider.synced, 'synced');
    for (let i = 0; i < 12; i++) {
      c.doc.getText('t').insert(0, `${i} `);
      const started = Date.now();
      await waitFor(async () => covers(await persistedDoc(tdb.db, name), c.doc), `edit ${i} persisted`);
      expect(Date.now() - started).toBeLessThan(1000);
    }
    // Twelve batches with compaction after five: the log never holds more than five rows.
    expect(await logRows(tdb.db, name)).toBeLessThan(5);
    expect(
      await tdb.db.selectFrom('yjs_documents').select('name').where('name', '=', name).executeTakeFirst(),
    ).toBeDefined();

    c.destroy();
    await waitFor(async () => (await logRows(tdb.db, name)) === 0, 'log compacted on unload');
    const reloaded = connectClient(server.url, name, ic);
    await waitFor(() => reloaded.provider.synced, 'reloaded');
    expect(reloaded.doc.getText('t').toJSON()).toBe('11 10 9 8 7 6 5 4 3 2 1 0 ');
    reloaded.destroy();
  });

  it('a document reopened while it unloads loses nothing', async () => {
    const name = factorDocName(assessmentId, 'leadership-commitment');
    for (let round = 0; round < 5; round++) {
      const c = connectClient(server.url, name, ic);
      await waitFor(() => c.provider.synced, 'synced');
      await waitFor(() => c.doc.getText('t').length === round, `round ${round} sees every earlier edit`, 3000);
      // The edit is sent before the close frame, so it reaches the server, which must apply and
      // persist it while unloading, and serve it to the next connection that races the unload.
      c.doc.getText('t').insert(0, 'x');
      c.destroy();
    }
  });
});
