// The "sensitive" flag of answers, server-authoritative: the real route handlers (the session is
// stubbed, everything else is real: validation, roles, the database), the live room on a real
// socket.io server, the checklist API and the exports as a contributor receives them, and the
// migration that carried flags over from the checklist documents. On every database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as flagsRoute from '@/app/api/assessments/[id]/answer-flags/route';
import * as checklistRoute from '@/app/api/assessments/[id]/checklist/route';
import * as checklistXlsxRoute from '@/app/api/assessments/[id]/checklist.xlsx/route';
import * as reportDocxRoute from '@/app/api/assessments/[id]/report.docx/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import { factorDocName } from '@/lib/collab/doc-names';
import { fragmentText } from '@/lib/collab/fragment-text';
import { SENSITIVE_MAP, STATUS_MAP, answerFragmentName } from '@/lib/collab/layout';
import { loadPersistedDoc } from '@/lib/collab/persisted-doc';
import type { TDb } from '@/lib/db/client';
import type { TRole } from '@/lib/domain/access/roles';
import { broadcastToAssessment } from '@/lib/realtime/broadcast';
import { NO_ANSWER_REDACTED } from '@/lib/services/reports/report-document';
import { carryOverLegacyFlags } from '@/lib/db/migrations/012_answer_flags';
import { docxText, xlsxRows } from './exports-read';
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

// The route handlers' one tie to Next: who is signed in. (vi.mock is hoisted above the imports.)
const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const SECRET = 'SECRET-informant-network-details';
const PLAIN = 'Declarations are published every year.';
const quiet = { info: () => undefined, warn: () => undefined };
const holder = globalThis as typeof globalThis & { __idgDb?: TDb };

type THandler = (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;

/** Writes a paragraph answer into a checklist document as the sync server would have persisted it. */
function paragraph(doc: Y.Doc, key: string, text: string): void {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(answerFragmentName(key)).insert(0, [p]);
}

describe.each(dbKinds)('answer flags on %s', (kind) => {
  let t: TTestDb;
  let assessmentId = '';
  const u = {} as Record<'ef' | 'lf' | 'sm' | 'ic' | 'obs', TTestUser>;
  const roles: Record<keyof typeof u, TRole> = { ef: 'EF', lf: 'LF', sm: 'SM', ic: 'IC', obs: 'OBS' };
  let live: Awaited<ReturnType<typeof startLiveServer>>;
  const sockets: TLiveClient[] = [];

  beforeAll(async () => {
    t = await createTestDb(kind);
    holder.__idgDb = t.db;
    for (const who of Object.keys(roles) as (keyof typeof u)[]) u[who] = await createUser(t.db, who);
    assessmentId = await createAssessment(t.db, u.ef);
    for (const who of Object.keys(roles) as (keyof typeof u)[]) await addMember(t.db, assessmentId, u[who], roles[who]);
    const doc = new Y.Doc();
    paragraph(doc, 'transparency.1', PLAIN);
    paragraph(doc, 'transparency.2', SECRET);
    doc.getMap(STATUS_MAP).set('transparency.2', 'action-required');
    await t.db
      .insertInto('yjs_documents')
      .values({
        name: factorDocName(assessmentId, 'transparency'),
        state: Buffer.from(Y.encodeStateAsUpdate(doc)),
        updated_at: new Date().toISOString(),
      })
      .execute();
    live = await startLiveServer(t.db, quiet);
  });

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await live?.close();
    delete holder.__idgDb;
    await t?.close();
  });

  function as(who: keyof typeof u): void {
    session.user = { id: u[who].id, email: `${who}@example.test`, name: who, isAdmin: false, timeZone: null };
  }

  async function call(handler: THandler, method: string, path: string, body?: unknown): Promise<Response> {
    const init: RequestInit =
      body === undefined
        ? { method }
        : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    return handler(new Request(`http://localhost/api/assessments/${assessmentId}${path}`, init), {
      params: Promise.resolve({ id: assessmentId }),
    });
  }

  const flagRows = () =>
    t.db.selectFrom('answer_flags').selectAll().where('assessment_id', '=', assessmentId).execute();
  const flagAudits = () =>
    t.db
      .selectFrom('audit_log')
      .select('action')
      .where('assessment_id', '=', assessmentId)
      .where('action', 'like', 'answer-flag.%')
      .execute();

  it('refuses a contributor, an observer and senior management a PUT or DELETE (403), and changes nothing', async () => {
    for (const who of ['ic', 'obs', 'sm'] as const) {
      as(who);
      expect(
        (await call(flagsRoute.PUT, 'PUT', '/answer-flags', { questionKey: 'transparency.2', flag: 'sensitive' }))
          .status,
      ).toBe(403);
      expect((await call(flagsRoute.DELETE, 'DELETE', '/answer-flags?questionKey=transparency.2')).status).toBe(403);
    }
    expect(await flagRows()).toEqual([]);
    expect(await flagAudits()).toEqual([]);
  });

  it('refuses invalid input with field errors and changes nothing', async () => {
    as('ef');
    for (const body of [
      { questionKey: 'transparency.999' },
      { questionKey: 'nowhere.1' },
      { questionKey: 'transparency.2', flag: 'secret' },
      { questionKey: 'transparency.2', extra: 1 },
      'transparency.2',
    ]) {
      const res = await call(flagsRoute.PUT, 'PUT', '/answer-flags', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBeTruthy();
    }
    expect((await call(flagsRoute.DELETE, 'DELETE', '/answer-flags')).status).toBe(400);
    expect(await flagRows()).toEqual([]);
  });

  it('lets a facilitator flag an answer, audited and told live to facilitators and senior management only', async () => {
    const received = new Map<string, { questionKey: string; on: boolean }[]>();
    const markers = new Map<string, number>();
    for (const who of ['lf', 'sm', 'ic', 'obs'] as const) {
      received.set(who, []);
      markers.set(who, 0);
      const socket = await connectLiveClient(live.url, u[who], (s) => {
        s.on('answer-flags:changed', (c) => received.get(who)!.push(c));
        s.on('evidence:removed', () => markers.set(who, markers.get(who)! + 1));
      });
      sockets.push(socket);
      const ack = await new Promise<{ ok: boolean }>((resolve) =>
        socket.emit('assessment:join', { assessmentId }, resolve),
      );
      expect(ack.ok).toBe(true);
    }

    as('ef');
    const res = await call(flagsRoute.PUT, 'PUT', '/answer-flags', {
      questionKey: 'transparency.2',
      flag: 'sensitive',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ questionKey: 'transparency.2', flag: 'sensitive', on: true, changed: true });
    // Again: nothing changes, nothing is logged twice.
    expect(
      await (await call(flagsRoute.PUT, 'PUT', '/answer-flags', { questionKey: 'transparency.2' })).json(),
    ).toMatchObject({ changed: false });
    expect(await flagRows()).toMatchObject([{ question_key: 'transparency.2', flag: 'sensitive', set_by: u.ef.id }]);
    expect(await flagAudits()).toEqual([{ action: 'answer-flag.set' }]);

    await waitFor(
      () => received.get('lf')!.length === 1 && received.get('sm')!.length === 1,
      'the flag reaches facilitators and senior management',
    );
    expect(received.get('sm')).toEqual([{ questionKey: 'transparency.2', flag: 'sensitive', on: true }]);
    // An event to the whole room after it: once the others have that, they would have had the flag too.
    broadcastToAssessment(assessmentId, 'evidence:removed', { id: 'marker', questionKey: 'transparency.1' });
    await waitFor(() => markers.get('ic') === 1 && markers.get('obs') === 1, 'the room event reaches everyone');
    expect(received.get('ic')).toEqual([]);
    expect(received.get('obs')).toEqual([]);
  });

  it('lists flags to facilitators and senior management, and to nobody else', async () => {
    as('sm');
    const sm = await call(flagsRoute.GET, 'GET', '/answer-flags');
    expect(sm.status).toBe(200);
    expect(await sm.json()).toMatchObject({
      canFlag: false,
      flags: [{ questionKey: 'transparency.2', flag: 'sensitive', setBy: { id: u.ef.id, name: 'ef' } }],
    });
    as('lf');
    expect(await (await call(flagsRoute.GET, 'GET', '/answer-flags')).json()).toMatchObject({ canFlag: true });
    for (const who of ['ic', 'obs'] as const) {
      as(who);
      expect((await call(flagsRoute.GET, 'GET', '/answer-flags')).status).toBe(403);
    }
  });

  it('sends a contributor a checklist API response without the flag, the same as an unflagged one', async () => {
    as('ic');
    const flagged = await (await call(checklistRoute.GET, 'GET', '/checklist')).text();
    expect(flagged).not.toMatch(/sensitive|withheld/i);
    expect(flagged).toContain(SECRET);
    as('sm');
    const forSenior = (await (await call(checklistRoute.GET, 'GET', '/checklist')).json()) as {
      questions: { key: string; sensitive?: boolean }[];
    };
    expect(forSenior.questions.find((q) => q.key === 'transparency.2')?.sensitive).toBe(true);
    expect(forSenior.questions.find((q) => q.key === 'transparency.1')?.sensitive).toBe(false);
  });

  it('gives a contributor exports that leave the sensitive answer out and never mention the flag, even when asking for the full one', async () => {
    as('ic');
    const res = await call(reportDocxRoute.GET, 'GET', '/report.docx?redacted=0');
    expect(res.status).toBe(200);
    const text = await docxText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain(PLAIN);
    expect(text).not.toContain(SECRET);
    expect(text).not.toMatch(/Sensitive: left out|withheld: marked|marked sensitive/i);
    expect(text).toContain(NO_ANSWER_REDACTED);
    const rows = await xlsxRows(
      Buffer.from(await (await call(checklistXlsxRoute.GET, 'GET', '/checklist.xlsx')).arrayBuffer()),
    );
    expect(rows[0]).not.toContain('Sensitive');
    expect(rows.flat().join('\n')).not.toContain(SECRET);
    expect(rows.flat().join('\n')).toContain(PLAIN);
  });

  it('gives a facilitator the full export with the answer and its flag', async () => {
    as('ef');
    const text = await docxText(
      Buffer.from(await (await call(reportDocxRoute.GET, 'GET', '/report.docx')).arrayBuffer()),
    );
    expect(text).toContain(SECRET);
    expect(text).toContain('Sensitive: left out of redacted exports');
  });

  it('lets a facilitator clear the flag', async () => {
    as('lf');
    expect(
      await (await call(flagsRoute.DELETE, 'DELETE', '/answer-flags?questionKey=transparency.2&flag=sensitive')).json(),
    ).toEqual({ questionKey: 'transparency.2', flag: 'sensitive', on: false, changed: true });
    expect(await flagRows()).toEqual([]);
    expect(await flagAudits()).toEqual([{ action: 'answer-flag.set' }, { action: 'answer-flag.clear' }]);
  });
});

describe.each(dbKinds)('migration 012 carries legacy flags over on %s', (kind) => {
  let t: TTestDb;
  beforeAll(async () => {
    t = await createTestDb(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('moves `sensitive` map entries to answer_flags and empties the map in the persisted documents', async () => {
    const ef = await createUser(t.db, 'ef');
    const assessmentId = await createAssessment(t.db, ef);
    const now = new Date().toISOString();
    // Transparency: a compacted state row plus a logged update that adds a flag; junk entries ignored.
    const transparency = new Y.Doc();
    paragraph(transparency, 'transparency.3', SECRET);
    transparency.getMap(SENSITIVE_MAP).set('transparency.3', true);
    transparency.getMap(SENSITIVE_MAP).set('transparency.4', 'yes');
    transparency.getMap(SENSITIVE_MAP).set('leadership-commitment.1', true);
    const name = factorDocName(assessmentId, 'transparency');
    await t.db
      .insertInto('yjs_documents')
      .values({ name, state: Buffer.from(Y.encodeStateAsUpdate(transparency)), updated_at: now })
      .execute();
    const sv = Y.encodeStateVector(transparency);
    transparency.getMap(SENSITIVE_MAP).set('transparency.5', true);
    await t.db
      .insertInto('yjs_updates')
      .values({ doc_name: name, update: Buffer.from(Y.encodeStateAsUpdate(transparency, sv)), created_at: now })
      .execute();
    // Automation: only log rows so far.
    const automation = new Y.Doc();
    automation.getMap(SENSITIVE_MAP).set('automation.1', true);
    await t.db
      .insertInto('yjs_updates')
      .values({
        doc_name: factorDocName(assessmentId, 'automation'),
        update: Buffer.from(Y.encodeStateAsUpdate(automation)),
        created_at: now,
      })
      .execute();
    // A document left behind by a deleted assessment: nothing to carry, but emptied all the same.
    const orphan = factorDocName('gone-assessment', 'transparency');
    await t.db
      .insertInto('yjs_updates')
      .values({ doc_name: orphan, update: Buffer.from(Y.encodeStateAsUpdate(transparency)), created_at: now })
      .execute();

    await carryOverLegacyFlags(t.db);

    const rows = await t.db
      .selectFrom('answer_flags')
      .select(['assessment_id', 'question_key', 'flag', 'set_by'])
      .orderBy('question_key')
      .execute();
    expect(rows).toEqual([
      { assessment_id: assessmentId, question_key: 'automation.1', flag: 'sensitive', set_by: null },
      { assessment_id: assessmentId, question_key: 'transparency.3', flag: 'sensitive', set_by: null },
      { assessment_id: assessmentId, question_key: 'transparency.5', flag: 'sensitive', set_by: null },
    ]);
    for (const doc of [name, factorDocName(assessmentId, 'automation'), orphan]) {
      const loaded = await loadPersistedDoc(t.db, doc);
      expect(loaded.getMap(SENSITIVE_MAP).size, doc).toBe(0);
      loaded.destroy();
    }
    const after = await loadPersistedDoc(t.db, name);
    expect(fragmentText(after.getXmlFragment(answerFragmentName('transparency.3')))).toContain(SECRET);
    after.destroy();
    // Running it again finds nothing left to carry and fails on nothing.
    await carryOverLegacyFlags(t.db);
    expect(await t.db.selectFrom('answer_flags').select('question_key').execute()).toHaveLength(3);
  });
});
