import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../../lib/collab/close-codes';
import { factorDocName } from '../../lib/collab/doc-names';
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
  rawSocket,
  startYjsServer,
  waitFor,
} from './helpers/yjs-harness';

/** A sync-update frame around `payload`. */
function updateFrame(payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** An awareness frame carrying `entries` (state as the JSON text to send). */
function awarenessFrame(entries: { clientId: number; clock: number; json: string }[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const x of entries) {
    encoding.writeVarUint(inner, x.clientId);
    encoding.writeVarUint(inner, x.clock);
    encoding.writeVarString(inner, x.json);
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

/** The client ids an awareness frame carries (empty for any other message). */
function awarenessIdsOf(frame: Uint8Array): number[] {
  const d = decoding.createDecoder(frame);
  if (decoding.readVarUint(d) !== 1) return [];
  const inner = decoding.createDecoder(decoding.readVarUint8Array(d));
  const ids: number[] = [];
  for (let n = decoding.readVarUint(inner); n > 0; n--) {
    ids.push(decoding.readVarUint(inner));
    decoding.readVarUint(inner);
    decoding.readVarString(inner);
  }
  return ids;
}

/**
 * A handful of bytes claiming 2^28 structs, which yjs would allocate an array for
 * (docs/pitfalls.md, "Hostile Yjs updates").
 */
function structBomb(): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // one client
  encoding.writeVarUint(e, 2 ** 28); // number of structs
  encoding.writeVarUint(e, 1); // client id
  encoding.writeVarUint(e, 0); // clock
  encoding.writeUint8(e, 8); // an Item with ContentAny...
  encoding.writeVarUint(e, 1);
  encoding.writeVarString(e, 't');
  encoding.writeVarUint(e, 2 ** 30); // ...claiming a billion values
  return encoding.toUint8Array(e);
}

describe('yjs limits', () => {
  let tdb: TTestDb;
  let server: TTestServer;
  let assessmentId: string;
  let a: TTestUser, b: TTestUser, hostile: TTestUser;
  const logger = memoryLogger();

  beforeAll(async () => {
    tdb = await createTestDb();
    a = await createUser(tdb.db, 'a');
    b = await createUser(tdb.db, 'b');
    hostile = await createUser(tdb.db, 'hostile');
    assessmentId = await createAssessment(tdb.db, a);
    for (const u of [a, b, hostile]) await addMember(tdb.db, assessmentId, u, 'IC');
    server = await startYjsServer({ db: tdb.db, logger, limits: { messagesPerSecond: 20, messageBurst: 50 } });
  });
  afterAll(async () => {
    await server.close();
    await tdb.close();
  });

  /** Two honest clients that keep editing while something hostile happens beside them. */
  async function honestPair(): Promise<{
    ca: TClient;
    cb: TClient;
    stillEditing: () => Promise<void>;
    done: () => void;
  }> {
    const name = factorDocName(assessmentId, 'transparency');
    const ca = connectClient(server.url, name, a);
    const cb = connectClient(server.url, name, b);
    await waitFor(() => ca.provider.synced && cb.provider.synced, 'honest clients synced');
    let n = 0;
    return {
      ca,
      cb,
      stillEditing: async () => {
        const mark = `edit-${n++}`;
        ca.doc.getMap('m').set(mark, true);
        await waitFor(() => cb.doc.getMap('m').get(mark) === true, `honest edit ${mark} relayed`);
        expect(ca.closes).toEqual([]);
        expect(cb.closes).toEqual([]);
      },
      done: () => (ca.destroy(), cb.destroy()),
    };
  }

  it.each([
    ['malformed', () => new Uint8Array([0xff, 0xff, 0xff]), CloseCode.malformed],
    ['truncated update', () => updateFrame(Y.encodeStateAsUpdate(docWithText()).slice(0, 5)), CloseCode.malformed],
    ['struct bomb', () => updateFrame(structBomb()), CloseCode.malformed],
    ['oversized', () => new Uint8Array((1 << 20) + 1), CloseCode.tooLarge],
  ])('a %s message closes only its own connection', async (_label, frame, code) => {
    const pair = await honestPair();
    try {
      const ws = await rawSocket(server.url, factorDocName(assessmentId, 'transparency'), hostile);
      ws.send(frame());
      expect(await ws.closeCode).toBe(code);
      await pair.stillEditing();
      expect(pair.ca.doc.getText('t').toJSON()).toBe('');
    } finally {
      pair.done();
    }
  });

  it("a connection cannot change another connection's awareness state", async () => {
    const pair = await honestPair();
    try {
      pair.ca.provider.awareness.setLocalStateField('user', { id: a.id, name: 'a' });
      const aliceId = pair.ca.doc.clientID;
      const alice = JSON.stringify({ user: { id: a.id, name: 'a' } });
      await waitFor(
        () => JSON.stringify(pair.cb.provider.awareness.getStates().get(aliceId)) === alice,
        'alice present',
      );
      const ws = await rawSocket(server.url, factorDocName(assessmentId, 'transparency'), hostile);
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 1); // awareness
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, aliceId);
      encoding.writeVarUint(inner, 10_000); // a clock far ahead of alice's
      encoding.writeVarString(inner, '{"user":{"name":"mallory"}}');
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
      ws.send(encoding.toUint8Array(e));
      await pair.stillEditing();
      expect(JSON.stringify(pair.cb.provider.awareness.getStates().get(aliceId))).toBe(alice);
      ws.close();
    } finally {
      pair.done();
    }
  });

  it("a connection's own awareness message reaches the others as it was sent, and one mixing in another's state only in its own part", async () => {
    const pair = await honestPair();
    const name = factorDocName(assessmentId, 'transparency');
    const sender = await rawSocket(server.url, name, hostile);
    const listener = await rawSocket(server.url, name, b);
    const received: Uint8Array[] = [];
    listener.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
    try {
      pair.ca.provider.awareness.setLocalStateField('user', { id: a.id, name: 'a' });
      const aliceId = pair.ca.doc.clientID;
      const alice = JSON.stringify({ user: { id: a.id, name: 'a' } });
      await waitFor(() => pair.cb.provider.awareness.getStates().has(aliceId), 'alice present');

      // All of it the sender's own, naming the sender as its session does: relayed byte for byte, spacing and all.
      const own = awarenessFrame([
        { clientId: 4242, clock: 1, json: `{ "user" : { "id" : "${hostile.id}", "name" : "hostile" } }` },
      ]);
      sender.send(own);
      await waitFor(() => received.some((m) => awarenessIdsOf(m).includes(4242)), 'own state relayed');
      expect(received.find((m) => awarenessIdsOf(m).includes(4242))).toEqual(own);
      await waitFor(
        () =>
          JSON.stringify(pair.cb.provider.awareness.getStates().get(4242)) ===
          JSON.stringify({ user: { id: hostile.id, name: 'hostile' } }),
        'honest client sees it',
      );

      // Its own state beside a claim on alice's: only its own part goes out.
      received.length = 0;
      const moved = JSON.stringify({ user: { id: hostile.id, name: 'hostile' }, questionKey: 'moved' });
      sender.send(
        awarenessFrame([
          { clientId: 4242, clock: 2, json: moved },
          { clientId: aliceId, clock: 10_000, json: '{"user":{"name":"mallory"}}' },
        ]),
      );
      await waitFor(() => received.some((m) => awarenessIdsOf(m).includes(4242)), 'own part relayed');
      expect(received.map(awarenessIdsOf).filter((ids) => ids.length > 0)).toEqual([[4242]]);
      await pair.stillEditing();
      expect(JSON.stringify(pair.cb.provider.awareness.getStates().get(4242))).toBe(moved);
      expect(JSON.stringify(pair.cb.provider.awareness.getStates().get(aliceId))).toBe(alice);
    } finally {
      sender.close();
      listener.close();
      pair.done();
    }
  });

  it('closes a connection that sends faster than its rate with rate limited', async () => {
    const pair = await honestPair();
    try {
      const ws = await rawSocket(server.url, factorDocName(assessmentId, 'transparency'), hostile);
      for (let i = 0; i < 200; i++) ws.send(new Uint8Array([3]));
      expect(await ws.closeCode).toBe(CloseCode.rateLimited);
      await pair.stillEditing();
    } finally {
      pair.done();
    }
  });
});

function docWithText(): Y.Doc {
  const d = new Y.Doc();
  d.getText('t').insert(0, 'some text that is long enough to cut');
  return d;
}
