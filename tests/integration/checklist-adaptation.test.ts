// Adapting the checklist through the real route handlers (the session is stubbed,
// everything else is real: validation, roles, the database) on every database: facilitators add
// and hide questions and import a translation; contributors cannot; a translation with a missing
// key is refused with the key named and nothing saved; the effective checklist is what the API,
// the progress counts and the XLSX export list.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as hiddenKeyRoute from '@/app/api/assessments/[id]/checklist/hidden/[key]/route';
import * as hiddenRoute from '@/app/api/assessments/[id]/checklist/hidden/route';
import * as questionsRoute from '@/app/api/assessments/[id]/checklist/questions/route';
import * as checklistRoute from '@/app/api/assessments/[id]/checklist/route';
import * as templateRoute from '@/app/api/assessments/[id]/checklist/translation/template/route';
import * as translationRoute from '@/app/api/assessments/[id]/checklist/translation/route';
import * as checklistXlsxRoute from '@/app/api/assessments/[id]/checklist.xlsx/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import { factorDocName } from '@/lib/collab/doc-names';
import { STATUS_MAP, answerFragmentName } from '@/lib/collab/layout';
import type { TDb } from '@/lib/db/client';
import type { TRole } from '@/lib/domain/access/roles';
import { areaQuestions, findArea } from '@/lib/idg/checklist';
import { checklistProgress } from '@/lib/services/workshop/dashboard';
import { xlsxRows } from './exports-read';
import {
  type TTestDb,
  type TTestUser,
  addMember,
  createAssessment,
  createTestDb,
  createUser,
  dbKinds,
} from './helpers/yjs-harness';

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const holder = globalThis as typeof globalThis & { __idgDb?: TDb };
type THandler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

const AREAS = ['transparency', 'automation'];
const guideKeys = AREAS.flatMap((a) => areaQuestions(findArea(a)!).map((q) => q.key));

describe.each(dbKinds)('adapting the checklist on %s', (kind) => {
  let t: TTestDb;
  let assessmentId = '';
  const u = {} as Record<'ef' | 'ic' | 'obs', TTestUser>;
  const roles: Record<keyof typeof u, TRole> = { ef: 'EF', ic: 'IC', obs: 'OBS' };

  beforeAll(async () => {
    t = await createTestDb(kind);
    holder.__idgDb = t.db;
    for (const who of Object.keys(roles) as (keyof typeof u)[]) u[who] = await createUser(t.db, who);
    assessmentId = await createAssessment(t.db, u.ef);
    await t.db
      .updateTable('assessments')
      .set({ scope: 'targeted', areas: JSON.stringify(AREAS) })
      .where('id', '=', assessmentId)
      .execute();
    for (const who of Object.keys(roles) as (keyof typeof u)[]) await addMember(t.db, assessmentId, u[who], roles[who]);
  });

  afterAll(async () => {
    delete holder.__idgDb;
    await t?.close();
  });

  function as(who: keyof typeof u): void {
    session.user = { id: u[who].id, email: `${who}@example.test`, name: who, isAdmin: false, timeZone: null };
  }

  async function call<P extends Record<string, string>>(
    handler: THandler<P>,
    method: string,
    path: string,
    params: Omit<P, 'id'>,
    body?: unknown,
  ): Promise<Response> {
    const init: RequestInit =
      body === undefined
        ? { method }
        : body instanceof FormData
          ? { method, body }
          : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    return handler(new Request(`http://localhost/api/assessments/${assessmentId}${path}`, init), {
      params: Promise.resolve({ id: assessmentId, ...params } as unknown as P),
    });
  }

  const counts = async () => ({
    added: (
      await t.db
        .selectFrom('checklist_added_questions')
        .select('id')
        .where('assessment_id', '=', assessmentId)
        .execute()
    ).length,
    hidden: (
      await t.db
        .selectFrom('checklist_hidden_questions')
        .select('question_key')
        .where('assessment_id', '=', assessmentId)
        .execute()
    ).length,
    translation: (
      await t.db
        .selectFrom('checklist_translations')
        .select('language')
        .where('assessment_id', '=', assessmentId)
        .execute()
    ).length,
  });
  const apiChecklist = async () => {
    as('ef');
    return (await (await call(checklistRoute.GET, 'GET', '/checklist', {})).json()) as {
      questions: { key: string; added?: boolean; addedBy?: string; translation?: string; text: string }[];
      hidden: { key: string; reason: string }[];
    };
  };

  it('refuses contributors and observers (403) and changes nothing', async () => {
    for (const who of ['ic', 'obs'] as const) {
      as(who);
      expect(
        (
          await call(
            questionsRoute.POST,
            'POST',
            '/checklist/questions',
            {},
            { areaId: 'transparency', text: 'A contributor question?' },
          )
        ).status,
      ).toBe(403);
      expect(
        (await call(hiddenRoute.POST, 'POST', '/checklist/hidden', {}, { key: guideKeys[0], reason: 'Not for us' }))
          .status,
      ).toBe(403);
      const rows = guideKeys.map((key) => ({ key, translation: `FR ${key}` }));
      expect(
        (await call(translationRoute.PUT, 'PUT', '/checklist/translation', {}, { language: 'fr', questions: rows }))
          .status,
      ).toBe(403);
      expect((await call(templateRoute.GET, 'GET', '/checklist/translation/template', {})).status).toBe(403);
    }
    expect(await counts()).toEqual({ added: 0, hidden: 0, translation: 0 });
  });

  it('adds a question, marked as added, in the API and the XLSX export', async () => {
    as('ef');
    const res = await call(
      questionsRoute.POST,
      'POST',
      '/checklist/questions',
      {},
      { areaId: 'transparency', text: 'Are the Zebra-port rulings published within 30 days?' },
    );
    expect(res.status).toBe(201);
    expect(((await res.json()) as { question: { key: string } }).question.key).toBe('transparency.a1');
    const second = await call(
      questionsRoute.POST,
      'POST',
      '/checklist/questions',
      {},
      { areaId: 'transparency', text: 'Is the appeals register public?' },
    );
    expect(((await second.json()) as { question: { key: string } }).question.key).toBe('transparency.a2');
    // An area outside the scope and a too-short text are refused.
    expect(
      (
        await call(
          questionsRoute.POST,
          'POST',
          '/checklist/questions',
          {},
          { areaId: 'code-of-conduct', text: 'Out of scope?' },
        )
      ).status,
    ).toBe(400);
    expect(
      (await call(questionsRoute.POST, 'POST', '/checklist/questions', {}, { areaId: 'transparency', text: '?' }))
        .status,
    ).toBe(400);

    const { questions } = await apiChecklist();
    expect(questions.find((q) => q.key === 'transparency.a1')).toMatchObject({
      added: true,
      addedBy: 'Added by the administration',
    });
    expect(questions.filter((q) => q.added)).toHaveLength(2);

    const xlsx = await call(checklistXlsxRoute.GET, 'GET', '/checklist.xlsx', {});
    expect(xlsx.status).toBe(200);
    const rows = await xlsxRows(Buffer.from(await xlsx.arrayBuffer()));
    const added = rows.find((r) => r.some((c) => c.includes('Zebra-port')));
    expect(added).toBeDefined();
    expect(added!.join(' | ')).toContain('Added by the administration');
    expect(added).toContain('A1');
  });

  it('hides a question with a reason: gone from the API and from progress; shows it again', async () => {
    const key = 'transparency.1';
    // Answer it fully, so that hiding it visibly changes the answered count.
    const doc = new Y.Doc();
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Published yearly.')]);
    doc.getXmlFragment(answerFragmentName(key)).insert(0, [p]);
    doc.getMap(STATUS_MAP).set(key, 'in-place');
    await t.db
      .insertInto('yjs_documents')
      .values({
        name: factorDocName(assessmentId, 'transparency'),
        state: Buffer.from(Y.encodeStateAsUpdate(doc)),
        updated_at: new Date().toISOString(),
      })
      .execute();
    const before = (await checklistProgress(t.db, assessmentId)).find((a) => a.areaId === 'transparency')!;
    expect(before.answered).toBe(1);

    as('ef');
    expect((await call(hiddenRoute.POST, 'POST', '/checklist/hidden', {}, { key, reason: '' })).status).toBe(400);
    expect(
      (await call(hiddenRoute.POST, 'POST', '/checklist/hidden', {}, { key: 'transparency.9999', reason: 'No such' }))
        .status,
    ).toBe(404);
    expect(
      (await call(hiddenRoute.POST, 'POST', '/checklist/hidden', {}, { key, reason: 'Handled by the ministry' }))
        .status,
    ).toBe(201);

    const after = (await checklistProgress(t.db, assessmentId)).find((a) => a.areaId === 'transparency')!;
    expect(after.answered).toBe(0);
    expect(after.total).toBe(before.total - 1);
    const api = await apiChecklist();
    expect(api.questions.some((q) => q.key === key)).toBe(false);
    expect(api.hidden).toEqual([expect.objectContaining({ key, reason: 'Handled by the ministry' })]);

    expect((await call(hiddenKeyRoute.DELETE, 'DELETE', `/checklist/hidden/${key}`, { key })).status).toBe(200);
    expect((await checklistProgress(t.db, assessmentId)).find((a) => a.areaId === 'transparency')!.answered).toBe(1);
    expect(
      (await call(hiddenRoute.POST, 'POST', '/checklist/hidden', {}, { key, reason: 'Handled by the ministry' }))
        .status,
    ).toBe(201);
  });

  it('refuses a translation with a missing key, naming it, and saves nothing', async () => {
    as('ef');
    const { questions } = await apiChecklist();
    const required = questions.map((q) => q.key);
    const missing = required.find((k) => k === 'transparency.a2')!;
    const rows = required.filter((k) => k !== missing).map((key) => ({ key, translation: `FR ${key}` }));
    const res = await call(
      translationRoute.PUT,
      'PUT',
      '/checklist/translation',
      {},
      { language: 'fr', questions: rows },
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; fieldErrors: Record<string, string[]> };
    expect(body.error).toContain(missing);
    expect(body.fieldErrors.missing).toEqual([missing]);

    const unknown = await call(
      translationRoute.PUT,
      'PUT',
      '/checklist/translation',
      {},
      {
        language: 'fr',
        questions: [...rows, { key: missing, translation: 'x' }, { key: 'transparency.777', translation: 'x' }],
      },
    );
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.unknown).toEqual([
      'transparency.777',
    ]);
    expect((await counts()).translation).toBe(0);
  });

  it('accepts a complete translation from the XLSX template, and the API carries it', async () => {
    as('ef');
    const template = await call(templateRoute.GET, 'GET', '/checklist/translation/template?format=xlsx', {});
    expect(template.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await template.arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Key');
    ws.eachRow((row, n) => {
      if (n > 1) row.getCell(5).value = `FR ${row.getCell(1).text}`;
    });
    const form = new FormData();
    form.set('file', new File([await wb.xlsx.writeBuffer()], 'traduction.xlsx'));
    form.set('language', 'fr');
    const res = await call(translationRoute.PUT, 'PUT', '/checklist/translation', {}, form);
    expect(res.status).toBe(200);
    const { translation } = (await res.json()) as { translation: { language: string; questions: number } };
    expect(translation.language).toBe('fr');
    const api = await apiChecklist();
    expect(translation.questions).toBe(api.questions.length);
    expect(api.questions.find((q) => q.key === 'transparency.a1')?.translation).toBe('FR transparency.a1');
    expect(api.questions.find((q) => q.key === 'automation.1')?.translation).toBe('FR automation.1');
  });

  it('refuses an uploaded file’s missing file or bad language on those fields, by the upload schema’s codes', async () => {
    as('ef');
    const before = await counts();
    const noFile = new FormData();
    noFile.set('language', 'fr');
    const missing = await call(translationRoute.PUT, 'PUT', '/checklist/translation', {}, noFile);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      fieldErrors: { file: ['Choose a file.'] },
      fieldCodes: { file: ['field.file_required'] },
    });
    const badLanguage = new FormData();
    badLanguage.set('file', new File(['{}'], 'translation.json'));
    badLanguage.set('language', 'French');
    const refused = await call(translationRoute.PUT, 'PUT', '/checklist/translation', {}, badLanguage);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      code: 'validation.failed',
      fieldErrors: { language: ['Give the language as a tag such as fr, es or pt-BR.'] },
    });
    expect(await counts()).toEqual(before);
  });

  it('accepts the JSON template filled in, and refuses a blank translation', async () => {
    as('ef');
    const template = (await (
      await call(templateRoute.GET, 'GET', '/checklist/translation/template?format=json', {})
    ).json()) as { questions: { key: string; english: string; translation: string }[] };
    const filled = { language: 'es', questions: template.questions.map((q) => ({ ...q, translation: `ES ${q.key}` })) };
    const blank = { ...filled, questions: filled.questions.map((q, i) => (i === 0 ? { ...q, translation: ' ' } : q)) };
    const refused = await call(translationRoute.PUT, 'PUT', '/checklist/translation', {}, blank);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.empty).toEqual([
      template.questions[0]!.key,
    ]);
    expect((await call(translationRoute.PUT, 'PUT', '/checklist/translation', {}, filled)).status).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('assessment_id', '=', assessmentId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'checklist.question.added',
        'checklist.question.hidden',
        'checklist.question.shown',
        'checklist.translation.imported',
      ]),
    );
  });
});
