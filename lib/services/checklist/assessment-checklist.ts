// No 'server-only' guard: the custom server (server/live, server/yjs) reaches this through
// group-overview.ts, and outside Next that guard throws on import.
import type { TDb } from '../../db/client';
import {
  type TAddedQuestion,
  type TEffectiveArea,
  composeChecklist,
} from '../../domain/checklist/checklist-adaptation';
import { checklistAreas } from '../../idg/checklist';
import { findAssessment } from '../assessments/assessments';
import type { TAssessment } from '../../contracts/assessments';

/** An assessment's imported translation: its language and when it came in; the texts are in the effective questions. */
export type TTranslationInfo = { language: string; importedAt: string; importedBy: string };

/** The effective checklist of an assessment: its areas, and the translation in use, if any. */
export type TEffectiveChecklist = { areas: TEffectiveArea[]; translation: TTranslationInfo | null };

/** The stored translation texts of an assessment, or null. */
async function readTranslation(
  db: TDb,
  assessmentId: string,
): Promise<{ info: TTranslationInfo; texts: Record<string, string> } | null> {
  const row = await db
    .selectFrom('checklist_translations')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    info: { language: row.language, importedAt: row.imported_at, importedBy: row.imported_by },
    texts: JSON.parse(row.texts) as Record<string, string>,
  };
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
  if (!assessment) return { areas: [], translation: null };
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
  };
}

/** An assessment (null when there is none) and its effective checklist, read once for a request that needs both. */
export type TAssessmentChecklist = { assessment: TAssessment | null; checklist: TEffectiveChecklist };

/** Reads an assessment and its effective checklist, for services that pass both down their calls. */
export async function readAssessmentChecklist(db: TDb, assessmentId: string): Promise<TAssessmentChecklist> {
  const assessment = await findAssessment(db, assessmentId);
  return { assessment, checklist: await effectiveChecklist(db, assessmentId, assessment) };
}
