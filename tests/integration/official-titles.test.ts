// An administration's official translation of the guide's titles, imported through the real
// translation route on every database: the titles ride with the questions, may be left blank,
// and win over the project's translation in their language only; a title key of an area not in
// scope (or of no section) is refused by name and nothing is imported.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as translationRoute from '@/app/api/assessments/[id]/checklist/translation/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import type { TDb } from '@/lib/db/client';
import { areaQuestions, findArea } from '@/lib/idg/checklist';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { type TTestDb, addMember, createAssessment, createTestDb, createUser, dbKinds } from './helpers/yjs-harness';

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const holder = globalThis as typeof globalThis & { __idgDb?: TDb };
const AREAS = ['transparency', 'automation'];
const questions = AREAS.flatMap((a) =>
  areaQuestions(findArea(a)!).map((q) => ({ key: q.key, translation: `FR ${q.key}` })),
);

describe.each(dbKinds)('official titles on %s', (kind) => {
  let t: TTestDb;
  let assessmentId = '';

  beforeAll(async () => {
    t = await createTestDb(kind);
    holder.__idgDb = t.db;
    const ef = await createUser(t.db, 'ef');
    assessmentId = await createAssessment(t.db, ef);
    await t.db
      .updateTable('assessments')
      .set({ scope: 'targeted', areas: JSON.stringify(AREAS) })
      .where('id', '=', assessmentId)
      .execute();
    await addMember(t.db, assessmentId, ef, 'EF');
    session.user = { id: ef.id, email: 'ef@example.test', name: 'ef', isAdmin: false, timeZone: null };
  });

  afterAll(async () => {
    delete holder.__idgDb;
    await t?.close();
  });

  const put = (body: unknown) =>
    translationRoute.PUT(
      new Request(`http://localhost/api/assessments/${assessmentId}/checklist/translation`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ id: assessmentId }) },
    );

  it('refuses a title of an area not in scope, or of no section, and imports nothing', async () => {
    const titles = [
      { key: 'area.transparency', translation: 'Transparence' },
      { key: 'area.leadership-commitment', translation: 'Leadership' },
      { key: 'section.automation.IX', translation: 'Neuf' },
    ];
    const res = await put({ language: 'fr', questions, titles });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; fieldErrors: Record<string, string[]> };
    expect(body.fieldErrors.unknown).toEqual(['area.leadership-commitment', 'section.automation.IX']);
    expect(body.error).toContain('area.leadership-commitment');
    expect(await t.db.selectFrom('checklist_translations').select('language').execute()).toEqual([]);
  });

  it('shows an imported official title in its language instead of the project translation', async () => {
    const titles = [
      { key: 'area.transparency', translation: 'Transparence (texte officiel)' },
      { key: 'section.transparency.I', translation: 'Section officielle' },
      { key: 'area.automation', translation: ' ' },
    ];
    const res = await put({ language: 'fr-CA', questions, titles });
    expect(res.status).toBe(200);
    // The count is the questions', not the titles'.
    expect(((await res.json()) as { translation: { questions: number } }).translation.questions).toBe(questions.length);

    const fr = await guideNames(t.db, assessmentId, 'fr');
    expect(fr.areaOf('transparency')).toMatch(/^Facteur clé 3\s:\sTransparence \(texte officiel\)$/);
    expect(fr.t('section.transparency.I')).toBe('Section officielle');
    // A title left blank keeps the project's translation, and the note with it.
    expect(fr.areaOf('automation')).toMatch(/^Facteur clé 4\s:\sAutomatisation$/);
    expect(fr.official(['transparency'])).toBe(true);
    expect(fr.official(AREAS)).toBe(false);
    // In another language the official French title does not apply.
    expect((await guideNames(t.db, assessmentId, 'es')).areaOf('transparency')).toBe('Factor clave 3: Transparencia');
    expect((await guideNames(t.db, assessmentId, 'en')).areaOf('transparency')).toBe('Key factor 3: Transparency');
  });
});
