// Updates whose dependencies never arrive: one writer must not be able to park them in the
// shared document, where they used to stay pending, be persisted and sent to every reader, and,
// past the server's limit, get every other writer's next update refused with a final close code.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode } from '../../lib/collab/close-codes';
import { factorDocName } from '../../lib/collab/doc-names';
import { hasPending } from '../../lib/collab/pending-structs';
import { insertDocState } from '../../lib/collab/persisted-doc';
import { memoryLogger } from '../../server/yjs/logger';
import { persistedDoc } from './helpers/yjs-db-state';
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

/** A sync frame (0 step 1, 1 step 2, 2 update) around `payload`. */
function syncFrame(kind: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, kind);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** What a raw socket receives: sync step 2 payloads in order, and how many awareness messages. */
function received(ws: WebSocket): { step2s: Uint8Array[]; awareness: number } {
  const out = { step2s: [] as Uint8Array[], awareness: 0 };
  ws.on('message', (data: Buffer) => {
    const d = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(d);
    if (type === 1) out.awareness++;
    else if (type === 0 && decoding.readVarUint(d) === 1) out.step2s.push(decoding.readVarUint8Array(d));
  });
  return out;
}

/** Updates of a client the server has never heard of, sent from the second on: each lacks the first. */
function orphanUpdates(count: number, bytes: number): Uint8Array[] {
  const ghost = new Y.Doc();
  const updates: Uint8Array[] = [];
  ghost.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i <= count; i++) ghost.getText('answer:transparency.1').insert(0, `${i}`.padEnd(bytes, 'x'));
  return updates.slice(1);
}

/** A deletion of items the server has never seen. */
function orphanDeletion(): Uint8Array {
  const ghost = new Y.Doc();
  ghost.getText('answer:transparency.2').insert(0, 'ghost');
  const before = Y.encodeStateVector(ghost);
  const updates: Uint8Array[] = [];
  ghost.on('update', (u: Uint8Array) => updates.push(u));
  ghost.getText('answer:transparency.2').delete(0, 5);
  expect(Y.encodeStateVector(ghost)).toEqual(before);
  return updates[0]!;
}

const text = (c: TClient): string => c.doc.getText('answer:transparency.1').toJSON();

describe('yjs updates with missing dependencies', () => {
  let tdb: TTestDb;
  let server: TTestServer;
  let assessmentId: string;
  let ef: TTestUser, ic: TTestUser, obs: TTestUser, hostile: TTestUser;
  const logger = memoryLogger();

  beforeAll(async () => {
    tdb = await createTestDb();
    ef = await createUser(tdb.db, 'facilitator');
    ic = await createUser(tdb.db, 'contributor');
    obs = await createUser(tdb.db, 'observer');
    hostile = await createUser(tdb.db, 'hostile');
    assessmentId = await createAssessment(tdb.db, ef);
    await addMember(tdb.db, assessmentId, ef, 'EF');
    await addMember(tdb.db, assessmentId, ic, 'IC');
    await addMember(tdb.db, assessmentId, obs, 'OBS');
    await addMember(tdb.db, assessmentId, hostile, 'IC');
    // No rate limit in the way: what is tested is the pending limit.
    server = await startYjsServer({ db: tdb.db, logger, limits: { messagesPerSecond: 1000, messageBurst: 1000 } });
  });
  afterAll(async () => {
    await server.close();
    await tdb.close();
  });

  /** Waits until the stored document (state row and log) holds `answer` and nothing pending. */
  const storedClean = (name: string, answer: string): Promise<void> =>
    waitFor(async () => {
      const stored = await persistedDoc(tdb.db, name);
      return !hasPending(stored) && stored.getText('answer:transparency.1').toJSON() === answer;
    }, `${name} stored clean`);

  it('a megabyte of updates whose dependencies never arrive breaks nothing for the others, then or after a reload', async () => {
    const name = factorDocName(assessmentId, 'transparency');
    const facilitator = connectClient(server.url, name, ef);
    const contributor = connectClient(server.url, name, ic);
    await waitFor(() => facilitator.provider.synced && contributor.provider.synced, 'writers synced');
    facilitator.doc.getText('answer:transparency.1').insert(0, 'before ');
    await waitFor(() => text(contributor) === 'before ', 'first edit relayed');

    const ws = await rawSocket(server.url, name, hostile);
    ws.send(syncFrame(2, orphanDeletion()));
    for (const u of orphanUpdates(110, 10_000)) ws.send(syncFrame(2, u));
    const hostileClosed = await ws.closeCode;

    // Everyone else keeps editing, the facilitator included, and nobody is closed.
    facilitator.doc.getText('answer:transparency.1').insert(0, 'ef ');
    await waitFor(() => text(contributor) === 'ef before ', 'facilitator edit relayed');
    contributor.doc.getText('answer:transparency.1').insert(0, 'ic ');
    await waitFor(() => text(facilitator) === 'ic ef before ', 'contributor edit relayed');
    const reader = connectClient(server.url, name, obs);
    await waitFor(() => reader.provider.synced && text(reader) === 'ic ef before ', 'reader synced');
    expect(hasPending(reader.doc)).toBe(false);
    expect(Y.encodeStateAsUpdate(reader.doc).length).toBeLessThan(10_000);
    expect([...facilitator.closes, ...contributor.closes, ...reader.closes]).toEqual([]);
    // Only the connection that parked too much is closed, and it may reconnect: a client resyncs.
    expect(hostileClosed).toBe(CloseCode.missingDependencies);

    // Unloaded (compacted into its state row) and loaded again: still clean, still editable.
    for (const c of [facilitator, contributor, reader]) c.destroy();
    await waitFor(() => server.yjs.stats().documents === 0, 'document unloading');
    await storedClean(name, 'ic ef before ');

    const facilitator2 = connectClient(server.url, name, ef);
    const reader2 = connectClient(server.url, name, obs);
    try {
      await waitFor(() => facilitator2.provider.synced && reader2.provider.synced, 'reloaded');
      facilitator2.doc.getText('answer:transparency.1').insert(0, 'again ');
      await waitFor(() => text(reader2) === 'again ic ef before ', 'edit after reload relayed');
      expect(hasPending(reader2.doc)).toBe(false);
      expect([...facilitator2.closes, ...reader2.closes]).toEqual([]);
    } finally {
      facilitator2.destroy();
      reader2.destroy();
    }
  });

  it('a stored document with pending structs from an older version loads without them', async () => {
    const name = factorDocName(assessmentId, 'leadership-commitment');
    const old = new Y.Doc();
    old.getText('answer:transparency.1').insert(0, 'kept');
    const [orphan] = orphanUpdates(1, 1000);
    Y.applyUpdate(old, orphan!);
    expect(hasPending(old)).toBe(true);
    await insertDocState(tdb.db, name, old);

    const facilitator = connectClient(server.url, name, ef);
    const reader = connectClient(server.url, name, obs);
    try {
      await waitFor(() => facilitator.provider.synced && reader.provider.synced && text(reader) === 'kept', 'synced');
      expect(hasPending(reader.doc)).toBe(false);
      facilitator.doc.getText('answer:transparency.1').insert(4, '!');
      await waitFor(() => text(reader) === 'kept!', 'edit relayed');
      expect([...facilitator.closes, ...reader.closes]).toEqual([]);
      expect(logger.lines.some((l) => l.event === 'persisted-pending-dropped' && l.fields.doc === name)).toBe(true);
    } finally {
      facilitator.destroy();
      reader.destroy();
    }
    await storedClean(name, 'kept!');
  });

  it('an edit sent before the earlier ones it builds on waits for them, and is acknowledged only then', async () => {
    const name = factorDocName(assessmentId, 'automation');
    const facilitator = connectClient(server.url, name, ef);
    await waitFor(() => facilitator.provider.synced, 'facilitator synced');
    // Typed offline, then more just after reconnecting: the newer edit goes out first.
    const local = new Y.Doc();
    const updates: Uint8Array[] = [];
    local.on('update', (u: Uint8Array) => updates.push(u));
    local.getText('answer:transparency.1').insert(0, 'offline ');
    local.getText('answer:transparency.1').insert(8, 'online');
    const ws = await rawSocket(server.url, name, ic);
    const got = received(ws);
    const { step2s } = got;
    try {
      ws.send(syncFrame(2, updates[1]!));
      ws.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())));
      // The server handles a connection's messages in order: once a query sent after the probe is
      // answered, the probe has been handled. Its answer would claim the newer edit saved, so it
      // waits for the older one.
      const seen = got.awareness;
      ws.send(new Uint8Array([3]));
      await waitFor(() => got.awareness > seen, 'query answered');
      expect(step2s).toEqual([]);
      expect(text(facilitator)).toBe('');
      ws.send(syncFrame(1, updates[0]!));
      await waitFor(() => step2s.length === 1, 'probe answered');
      const acknowledged = new Y.Doc();
      Y.applyUpdate(acknowledged, step2s[0]!);
      expect(acknowledged.getText('answer:transparency.1').toJSON()).toBe('offline online');
      await waitFor(() => text(facilitator) === 'offline online', 'both edits relayed');
      expect(facilitator.closes).toEqual([]);
    } finally {
      ws.close();
      facilitator.destroy();
    }
  });
});
