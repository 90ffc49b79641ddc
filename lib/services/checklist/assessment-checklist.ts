// No 'server-only' guard: the custom server (server/live, server/yjs) reaches this through
// group-overview.ts, and outside Next that guard throws on import.
import type { TDb } from '../../db/client';
import {
  type TAddedQuestion,
  type TEffectiveArea,
  composeChecklist,
} from '../../domain/checklist/checklist-adaptation';
import { isTitleKey, officialTitlesIn } from '../../domain/checklist/official-titles';
import { checklistAreas } from '../../idg/checklist';
import { findAssessment } from '../assessments/assessments';
import type { TAssessment } from '../../contracts/assessments';

/** An assessment's imported translation: its language and when it came in; the texts are in the effective questions. */
export type TTranslationInfo = { language: string; importedAt: string; importedBy: string };

/**
 * The effective checklist of an assessment: its areas, the translation in use, if any, and the
 * official titles it brought (`area.<id>`, `section.<id>.<code>`; in the translation's language).
 */
export type TEffectiveChecklist = {
  areas: TEffectiveArea[];
  translation: TTranslationInfo | null;
  titles: Readonly<Record<string, string>>;
};

/** The stored translation of an assessment, its question texts apart from its titles, or null. */
async function readTranslation(
  db: TDb,
  assessmentId: string,
): Promise<{ info: TTranslationInfo; texts: Record<string, string>; titles: Record<string, string> } | null> {
  const row = await db
    .selectFrom('checklist_translations')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  if (!row) return null;
  const all = Object.entries(JSON.parse(row.texts) as Record<string, string>);
  return {
    info: { language: row.language, importedAt: row.imported_at, importedBy: row.imported_by },
    texts: Object.fromEntries(all.filter(([k]) => !isTitleKey(k))),
    titles: Object.fromEntries(all.filter(([k]) => isTitleKey(k))),
  };
}

/** An assessment's official titles when its translation is in `locale`, else none. */
export async function officialTitles(db: TDb, assessmentId: string, locale: string): Promise<Record<string, string>> {
  const translation = await readTranslation(db, assessmentId);
  return { ...officialTitlesIn(translation?.info.language ?? null, translation?.titles ?? {}, locale) };
}

/** The questions an administration added to an assessment. */
export async function addedQuestions(db: TDb, assessmentId: string): Promise<TAddedQuestion[]> {
  const rows = await db
    .selectFrom('checklist_added_questions')
    .select(['area_id', 'number', 'text'])
    .where('assessment_id', '=', assessmentId)
    .execute();
  return rows.map((r) => ({ areaId: r.area_id, number: Number(r.number), text: r.text }));
}

/**
 * The one source of an assessment's checklist: the guide's questions of its scope, minus the
 * hidden, plus the added, with the imported translation. Every page, API, count and export that
 * lists questions reads it here. An unknown assessment has an empty checklist. A caller that has
 * read the assessment already passes it (null when there is none), so it is not read again.
 */
export async function effectiveChecklist(
  db: TDb,
  assessmentId: string,
  known?: Pick<TAssessment, 'areas'> | null,
): Promise<TEffectiveChecklist> {
  const assessment = known === undefined ? await findAssessment(db, assessmentId) : known;
  if (!assessment) return { areas: [], translation: null, titles: {} };
  const [added, hiddenRows, translation] = await Promise.all([
    addedQuestions(db, assessmentId),
    db
      .selectFrom('checklist_hidden_questions')
      .select(['question_key', 'reason'])
      .where('assessment_id', '=', assessmentId)
      .execute(),
    readTranslation(db, assessmentId),
  ]);
  const areas = checklistAreas.filter((a) => assessment.areas.includes(a.id));
  const hidden = new Map(hiddenRows.map((r) => [r.question_key, r.reason]));
  return {
    areas: composeChecklist(areas, added, hidden, translation?.texts ?? null),
    translation: translation?.info ?? null,
    titles: translation?.titles ?? {},
  };
}

/** An assessment (null when there is none) and its effective checklist, read once for a request that needs both. */
export type TAssessmentChecklist = { assessment: TAssessment | null; checklist: TEffectiveChecklist };

/** Reads an assessment and its effective checklist, for services that pass both down their calls. */
export async function readAssessmentChecklist(db: TDb, assessmentId: string): Promise<TAssessmentChecklist> {
  const assessment = await findAssessment(db, assessmentId);
  return { assessment, checklist: await effectiveChecklist(db, assessmentId, assessment) };
}
