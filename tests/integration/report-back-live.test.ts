// Report-back outcomes and comments are pushed to the live room as they are recorded (no more
// polling): the real route handlers (session stubbed) and the real socket.io server, on every database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as commentsRoute from '@/app/api/assessments/[id]/findings/[findingId]/comments/route';
import * as outcomeRoute from '@/app/api/assessments/[id]/findings/[findingId]/outcome/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import { formatDocName } from '@/lib/collab/doc-names';
import { addFinding } from '@/lib/collab/findings-layout';
import type { TDb } from '@/lib/db/client';
import type { TFindingCommentRecord, TFindingOutcomeRecord } from '@/lib/contracts/report-back';
import { createGroup } from '@/lib/services/workshop/groups';
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

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const holder = globalThis as typeof globalThis & { __idgDb?: TDb };

describe.each(dbKinds)('report-back pushed live on %s', (kind) => {
  let t: TTestDb;
  let live: Awaited<ReturnType<typeof startLiveServer>>;
  let assessmentId = '';
  let groupId = '';
  let ef: TTestUser;
  let ic: TTestUser;
  const sockets: TLiveClient[] = [];

  beforeAll(async () => {
    t = await createTestDb(kind);
    holder.__idgDb = t.db;
    ef = await createUser(t.db, 'ef');
    ic = await createUser(t.db, 'ic');
    assessmentId = await createAssessment(t.db, ef);
    await addMember(t.db, assessmentId, ef, 'EF');
    await addMember(t.db, assessmentId, ic, 'IC');
    groupId = await createGroup(t.db, assessmentId, { assessmentId, userId: ef.id, role: 'EF' }, 'Group A');
    const doc = new Y.Doc();
    addFinding(doc, 'weaknesses', 'f1', { id: ic.id, name: 'ic' });
    await t.db
      .insertInto('yjs_documents')
      .values({
        name: formatDocName({ kind: 'group', assessmentId, groupId }),
        state: Buffer.from(Y.encodeStateAsUpdate(doc)),
        updated_at: new Date().toISOString(),
      })
      .execute();
    live = await startLiveServer(t.db, { info: () => undefined, warn: () => undefined });
  });

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await live?.close();
    delete holder.__idgDb;
    await t?.close();
  });

  async function joined(user: TTestUser) {
    const got = {
      outcomes: [] as { findingId: string; outcome: TFindingOutcomeRecord | null }[],
      comments: [] as TFindingCommentRecord[],
    };
    const socket = await connectLiveClient(live.url, user, (s) => {
      s.on('findings:outcome', (c) => got.outcomes.push(c));
      s.on('findings:comment', (c) => got.comments.push(c));
    });
    sockets.push(socket);
    const ack = await new Promise<{ ok: boolean }>((resolve) =>
      socket.emit('assessment:join', { assessmentId }, resolve),
    );
    expect(ack.ok).toBe(true);
    return got;
  }

  const as = (user: TTestUser, name: string) =>
    (session.user = { id: user.id, email: `${name}@example.test`, name, isAdmin: false, timeZone: null });
  const send = (handler: typeof outcomeRoute.PUT, method: string, body: unknown) =>
    handler(
      new Request(`http://localhost/api/assessments/${assessmentId}/findings/f1`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ id: assessmentId, findingId: 'f1' }) },
    );

  it('sends each outcome and comment to everyone in the room as it is recorded', async () => {
    const forContributor = await joined(ic);
    const forFacilitator = await joined(ef);

    as(ef, 'ef');
    expect((await send(outcomeRoute.PUT, 'PUT', { groupId, outcome: 'agreed' })).status).toBe(200);
    await waitFor(() => forContributor.outcomes.length === 1, 'the outcome reaches the contributor');
    expect(forContributor.outcomes[0]).toMatchObject({
      findingId: 'f1',
      outcome: { findingId: 'f1', groupId, outcome: 'agreed', decidedBy: { id: ef.id } },
    });

    as(ic, 'ic');
    expect((await send(commentsRoute.POST, 'POST', { groupId, body: 'We disagree on the scope.' })).status).toBe(201);
    await waitFor(() => forFacilitator.comments.length === 1, 'the comment reaches the facilitator');
    expect(forFacilitator.comments[0]).toMatchObject({
      findingId: 'f1',
      groupId,
      body: 'We disagree on the scope.',
      author: { id: ic.id },
    });

    // Cleared: null, so that pages drop it.
    as(ef, 'ef');
    await send(outcomeRoute.PUT, 'PUT', { groupId, outcome: null });
    await waitFor(() => forContributor.outcomes.length === 2, 'the cleared outcome reaches the contributor');
    expect(forContributor.outcomes[1]).toEqual({ findingId: 'f1', outcome: null });
  });

  it('sends nothing for a refused change', async () => {
    const forFacilitator = await joined(ef);
    as(ic, 'ic');
    expect((await send(outcomeRoute.PUT, 'PUT', { groupId, outcome: 'parked' })).status).toBe(403);
    // A comment after it, from the same server: it arrives, the refused outcome never did.
    expect((await send(commentsRoute.POST, 'POST', { groupId, body: 'Later.' })).status).toBe(201);
    await waitFor(() => forFacilitator.comments.length === 1, 'the later comment');
    expect(forFacilitator.outcomes).toEqual([]);
  });
});
