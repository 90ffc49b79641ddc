// Fuzzing the sync server: 10,000 random, truncated and crafted frames over several raw
// WebSocket connections (reconnecting whenever the server closes one), while two well-behaved
// clients keep editing the same document. The server must stay up, never close the honest
// clients, and every client must converge. Deterministic: a seeded generator, so a failure
// reproduces. Limits are raised so that frames reach the decoder instead of the rate limiter
// (yjs-limits.test.ts covers the limits themselves).
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { factorDocName } from '@/lib/collab/doc-names';
import { memoryLogger } from '@/server/yjs/logger';
import {
  type TTestDb,
  type TTestServer,
  type TTestUser,
  addMember,
  connectClient,
  createAssessment,
  createTestDb,
  createUser,
  rawSocket,
  waitFor,
  startYjsServer,
} from './helpers/yjs-harness';

const TOTAL_MESSAGES = 10_000;
const FUZZERS = 4;

/** mulberry32: a small seeded generator, so every run sends the same frames. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type TRand = () => number;
const int = (r: TRand, n: number): number => Math.floor(r() * n);
const bytes = (r: TRand, n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(r, 256));
const frame = (write: (e: encoding.Encoder) => void): Uint8Array => {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
};

/** Real updates, from a scratch document of every shared type, to truncate and corrupt. */
function realUpdates(r: TRand): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  for (let i = 0; i < 40; i++) {
    doc.getText('t').insert(0, `text ${i} `.repeat(1 + int(r, 5)));
    doc.getMap('m').set(`k${i}`, { n: i, s: 'x'.repeat(int(r, 50)) });
    doc.getArray<Y.Map<unknown>>('a').push([new Y.Map([['nested', i]])]);
    const xml = new Y.XmlElement('p');
    xml.insert(0, [new Y.XmlText('para')]);
    doc.getXmlFragment(`answer:transparency.${i}`).push([xml]);
    if (i % 5 === 0) doc.getText('t').delete(0, 3);
  }
  return out;
}

/** A real awareness update with `state` for `clientId`. */
function awarenessFrame(clientId: number, clock: number, state: string): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(
      e,
      frame((a) => {
        encoding.writeVarUint(a, 1);
        encoding.writeVarUint(a, clientId);
        encoding.writeVarUint(a, clock);
        encoding.writeVarString(a, state);
      }),
    );
  });
}

/** One hostile frame: which kind is chosen at random, its bytes too. */
function hostileFrame(r: TRand, updates: Uint8Array[]): { kind: string; data: Uint8Array } {
  const real = updates[int(r, updates.length)] ?? new Uint8Array([0, 0]);
  const syncOf = (payload: Uint8Array, sub = 2) =>
    frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, sub), encoding.writeVarUint8Array(e, payload)));
  switch (int(r, 12)) {
    case 0:
      return { kind: 'random bytes', data: bytes(r, int(r, 300)) };
    case 1:
      return {
        kind: 'sync header, random body',
        data: frame(
          (e) => (
            encoding.writeVarUint(e, 0),
            encoding.writeVarUint(e, int(r, 3)),
            encoding.writeUint8Array(e, bytes(r, int(r, 200)))
          ),
        ),
      };
    case 2:
      return { kind: 'truncated real update', data: syncOf(real.slice(0, Math.max(1, int(r, real.length)))) };
    case 3: {
      // A real update with a few bytes flipped: lengths and clocks now lie.
      const u = real.slice();
      for (let i = 0; i < 1 + int(r, 4); i++) u[int(r, u.length)] = int(r, 256);
      return { kind: 'corrupted real update', data: syncOf(u) };
    }
    case 4:
      // A length prefix far beyond the frame (and beyond 2^32).
      return {
        kind: 'huge varuint length',
        data: frame(
          (e) => (
            encoding.writeVarUint(e, 0),
            encoding.writeVarUint(e, 2),
            encoding.writeVarUint(e, 2 ** 32 + int(r, 2 ** 20)),
            encoding.writeUint8Array(e, bytes(r, 16))
          ),
        ),
      };
    case 5:
      // Yjs allocates by the counts an update claims (docs/pitfalls.md, "Hostile Yjs updates"):
      // a few bytes claiming 2^28 structs, or a billion values in one item.
      return {
        kind: 'struct bomb',
        data: syncOf(
          frame((e) => {
            encoding.writeVarUint(e, 1 + int(r, 3));
            encoding.writeVarUint(e, 2 ** (20 + int(r, 10)));
            encoding.writeVarUint(e, int(r, 1000));
            encoding.writeVarUint(e, 0);
            encoding.writeUint8(e, 8);
            encoding.writeVarUint(e, 1);
            encoding.writeVarString(e, 't');
            encoding.writeVarUint(e, 2 ** 30);
          }),
        ),
      };
    case 6: {
      // Nesting claimed ever deeper: type refs inside type refs, never closed.
      const depth = 50 + int(r, 500);
      return {
        kind: 'nested struct bomb',
        data: syncOf(
          frame((e) => {
            encoding.writeVarUint(e, 1);
            encoding.writeVarUint(e, depth);
            encoding.writeVarUint(e, 424242);
            encoding.writeVarUint(e, 0);
            for (let i = 0; i < depth; i++) {
              encoding.writeUint8(e, 7 | 0b1000_0000); // ContentType with an origin
              encoding.writeVarUint(e, 424242);
              encoding.writeVarUint(e, Math.max(0, i - 1));
              encoding.writeVarUint(e, int(r, 7));
            }
          }),
        ),
      };
    }
    case 7:
      return {
        kind: 'awareness garbage',
        data: frame((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, bytes(r, int(r, 120))))),
      };
    case 8: {
      // Well-formed awareness whose state is not JSON, is huge, or claims many ids.
      const states = [
        '{',
        '"x"',
        'null',
        JSON.stringify({ user: { name: 'x'.repeat(int(r, 5000)), color: 42 } }),
        JSON.stringify({ cursor: { anchor: [1, 2, 3] } }),
      ];
      return {
        kind: 'awareness crafted',
        data: awarenessFrame(int(r, 2 ** 31), int(r, 2 ** 31), states[int(r, states.length)] ?? '{'),
      };
    }
    case 9:
      return {
        kind: 'unknown message type',
        data: frame(
          (e) => (encoding.writeVarUint(e, 4 + int(r, 2 ** 20)), encoding.writeUint8Array(e, bytes(r, int(r, 20)))),
        ),
      };
    case 10:
      return { kind: 'trailing bytes', data: Uint8Array.from([...syncOf(real), ...bytes(r, 1 + int(r, 10))]) };
    default:
      // Valid frames too, so some connections live long enough to mix valid and hostile traffic.
      return r() < 0.5
        ? { kind: 'valid update', data: syncOf(real) }
        : { kind: 'query awareness', data: Uint8Array.of(3) };
  }
}

describe('sync server fuzzing', () => {
  let t: TTestDb;
  let server: TTestServer;
  let assessmentId = '';
  const fuzzers: TTestUser[] = [];
  let honestA: TTestUser;
  let honestB: TTestUser;
  const logger = memoryLogger();

  beforeAll(async () => {
    t = await createTestDb('sqlite');
    honestA = await createUser(t.db, 'honest-a');
    honestB = await createUser(t.db, 'honest-b');
    assessmentId = await createAssessment(t.db, honestA);
    await addMember(t.db, assessmentId, honestA, 'EF');
    await addMember(t.db, assessmentId, honestB, 'IC');
    for (let i = 0; i < FUZZERS; i++) {
      const u = await createUser(t.db, `fuzzer-${i}`);
      // Facilitators: write access, so their updates reach the update validator.
      await addMember(t.db, assessmentId, u, 'EF');
      fuzzers.push(u);
    }
    server = await startYjsServer({
      db: t.db,
      logger,
      limits: {
        messagesPerSecond: 1e6,
        messageBurst: 1e6,
        awarenessPerSecond: 1e6,
        awarenessBurst: 1e6,
        maxConnectionsPerUser: 1000,
      },
    });
  });

  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  it('survives 10,000 hostile frames while honest clients keep editing and converge', async () => {
    const docName = factorDocName(assessmentId, 'transparency');
    const a = connectClient(server.url, docName, honestA);
    const b = connectClient(server.url, docName, honestB);
    await waitFor(() => a.provider.synced && b.provider.synced, 'honest clients synced');
    const started = Date.now();
    const kinds = new Map<string, number>();
    const closeCodes = new Map<number, number>();
    let sent = 0;
    let connections = 0;

    const fuzz = async (user: TTestUser, seed: number): Promise<void> => {
      const r = prng(seed);
      const updates = realUpdates(r);
      let ws: Awaited<ReturnType<typeof rawSocket>> | null = null;
      let closed = false;
      while (sent < TOTAL_MESSAGES) {
        if (!ws || closed) {
          ws = await rawSocket(server.url, docName, user);
          connections++;
          closed = false;
          const mine = ws;
          void mine.closeCode.then((code) => {
            closed = true;
            closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1);
          });
        }
        const { kind, data } = hostileFrame(r, updates);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        sent++;
        // Send, then wait for the server's next frame or the close: one frame at a time, so each
        // is decoded by the server rather than dropped after an earlier one closed the socket.
        const current = ws;
        await new Promise<void>((resolve) => {
          const done = () => (current.off('message', done), resolve());
          current.once('message', done);
          void current.closeCode.then(done);
          current.send(data);
          current.send(Uint8Array.of(3));
        });
      }
      ws?.close();
    };

    // The honest pair keeps typing all the while and checks each edit arrives.
    let fuzzing = true;
    let honestEdits = 0;
    const honest = (async () => {
      while (fuzzing) {
        const mark = `edit-${honestEdits++}`;
        a.doc.getText('notes').insert(0, `${mark};`);
        b.doc.getMap('seen').set(mark, true);
        await waitFor(
          () => b.doc.getText('notes').toJSON().includes(`${mark};`) && a.doc.getMap('seen').get(mark) === true,
          `honest edit ${mark} relayed both ways`,
        );
      }
    })();

    await Promise.all(fuzzers.map((u, i) => fuzz(u, 1000 + i)));
    fuzzing = false;
    await honest;

    expect(sent).toBeGreaterThanOrEqual(TOTAL_MESSAGES);
    expect(honestEdits).toBeGreaterThan(10);
    expect(a.closes).toEqual([]);
    expect(b.closes).toEqual([]);
    // Hostile frames closed their own connections (malformed 4400, too large 1009), nothing else.
    expect([...closeCodes.keys()].every((c) => c === 4400 || c === 1009 || c === 1005)).toBe(true);
    expect(closeCodes.get(4400) ?? 0).toBeGreaterThan(1000);

    // Everyone converges, a newcomer included: the server's document is intact.
    const c = connectClient(server.url, docName, honestB);
    await waitFor(() => c.provider.synced, 'newcomer synced');
    await waitFor(
      () =>
        Y.encodeStateVector(a.doc).toString() === Y.encodeStateVector(c.doc).toString() &&
        Y.encodeStateVector(b.doc).toString() === Y.encodeStateVector(c.doc).toString(),
      'all three converge',
    );
    expect(c.doc.getText('notes').toJSON()).toBe(a.doc.getText('notes').toJSON());
    expect(b.doc.getText('notes').toJSON()).toBe(a.doc.getText('notes').toJSON());
    console.info(
      `[fuzz] ${sent} frames over ${connections} connections in ${Date.now() - started} ms; honest edits ${honestEdits}; kinds ${JSON.stringify(Object.fromEntries(kinds))}; closes ${JSON.stringify(Object.fromEntries(closeCodes))}`,
    );
    for (const client of [a, b, c]) client.destroy();
  }, 60_000);
});
