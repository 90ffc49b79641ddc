import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { factorDocName } from '../../lib/collab/doc-names';
import { STATUS_MAP, answerFragmentName } from '../../lib/collab/layout';
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

const text = (c: TClient, key: string): string => c.doc.getText(key).toJSON();

describe.each(dbKinds)('yjs sync (%s)', (kind) => {
  let tdb: TTestDb;
  let server: TTestServer;
  let assessmentId: string;
  let facilitator: TTestUser;
  const contributors: TTestUser[] = [];
  const clients: TClient[] = [];
  const client = (user: TTestUser, doc: string): TClient => {
    const c = connectClient(server.url, doc, user);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    tdb = await createTestDb(kind);
    facilitator = await createUser(tdb.db, 'ef');
    assessmentId = await createAssessment(tdb.db, facilitator);
    await addMember(tdb.db, assessmentId, facilitator, 'EF');
    for (let i = 0; i < 20; i++) {
      const u = await createUser(tdb.db, `ic${i}`);
      await addMember(tdb.db, assessmentId, u, 'IC');
      contributors.push(u);
    }
    // Twenty clients typing as fast as the event loop lets them is far past a person's rate.
    server = await startYjsServer({
      db: tdb.db,
      logger: memoryLogger(),
      limits: { messagesPerSecond: 10_000, messageBurst: 10_000 },
    });
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    await tdb.close();
  });

  it('two contributors converge on answers and statuses', async () => {
    const name = factorDocName(assessmentId, 'transparency');
    const a = client(contributors[0]!, name);
    const b = client(contributors[1]!, name);
    await waitFor(() => a.provider.synced && b.provider.synced, 'both synced');
    const fa = a.doc.getXmlFragment(answerFragmentName('transparency.1'));
    fa.insert(0, [new Y.XmlText('from a')]);
    b.doc.getMap(STATUS_MAP).set('transparency.1', 'in-place');
    await waitFor(
      () => b.doc.getXmlFragment(answerFragmentName('transparency.1')).toJSON() === fa.toJSON(),
      'b sees a',
    );
    await waitFor(() => a.doc.getMap(STATUS_MAP).get('transparency.1') === 'in-place', 'a sees b');
  });

  it('20 clients x 200 random concurrent edits converge to identical documents', async () => {
    const name = factorDocName(assessmentId, 'leadership-commitment');
    const cs = contributors.map((u) => client(u, name));
    await waitFor(() => cs.every((c) => c.provider.synced), 'all synced');
    let seed = 42;
    // A 32-bit LCG in integer arithmetic (a float product would lose bits and fall into a short cycle).
    const rand = (n: number): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0), (seed >>> 8) % n);
    for (let round = 0; round < 200; round++) {
      for (const [i, c] of cs.entries()) {
        const t = c.doc.getText('t');
        if (t.length > 0 && rand(4) === 0) t.delete(rand(t.length), 1);
        else t.insert(rand(t.length + 1), String.fromCharCode(97 + (i % 26)));
        if (rand(10) === 0) c.doc.getMap(STATUS_MAP).set(`q${rand(5)}`, i);
      }
      // Let the sockets interleave, so edits are truly concurrent rather than one batch per client.
      if (round % 20 === 0) await new Promise((r) => setImmediate(r));
    }
    const first = cs[0]!;
    await waitFor(
      () =>
        cs.every(
          (c) =>
            text(c, 't') === text(first, 't') &&
            Y.encodeStateVector(c.doc).toString() === Y.encodeStateVector(first.doc).toString(),
        ),
      'convergence',
      20_000,
    );
    expect(text(first, 't').length).toBeGreaterThan(0);
    const statuses = first.doc.getMap(STATUS_MAP).toJSON();
    for (const c of cs) expect(c.doc.getMap(STATUS_MAP).toJSON()).toEqual(statuses);
  });
});
