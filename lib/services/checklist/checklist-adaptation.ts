// No 'server-only' guard: comments.ts (and through it evidence.ts) imports this, and those stay
// importable outside Next.
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import {
  type TTranslationRow,
  ZLanguageTagSchema,
  addedQuestionKey,
  checkTranslation,
  effectiveAreaQuestions,
  translationRefusal,
} from '../../domain/checklist/checklist-adaptation';
import { isTitleKey, titleKeys } from '../../domain/checklist/official-titles';
import { findQuestion } from '../../idg/checklist';
import { findAssessment } from '../assessments/assessments';
import { effectiveChecklist } from './assessment-checklist';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';

// Facilitators' changes to an assessment's checklist (the route checks 'checklist.adapt').
// Each is audit-logged; none touches the guide's data or anyone's answers.

/** Adds a question to an area in scope; it gets the next `a<n>` number of that area. */
export async function addQuestion(
  db: TDb,
  actor: TMembership,
  input: { areaId: string; text: string },
): Promise<{ key: string; number: number }> {
  const assessment = await findAssessment(db, actor.assessmentId);
  if (!assessment?.areas.includes(input.areaId))
    throw new DomainError('area.out_of_scope', undefined, {
      fieldErrors: { areaId: ['Choose an area of this assessment.'] },
    });
  const number = await db.transaction().execute(async (tx) => {
    const last = await tx
      .selectFrom('checklist_added_questions')
      .select((eb) => eb.fn.max('number').as('max'))
      .where('assessment_id', '=', actor.assessmentId)
      .where('area_id', '=', input.areaId)
      .executeTakeFirst();
    const next = Number(last?.max ?? 0) + 1;
    await tx
      .insertInto('checklist_added_questions')
      .values({
        id: crypto.randomUUID(),
        assessment_id: actor.assessmentId,
        area_id: input.areaId,
        number: next,
        text: input.text,
        created_by: actor.userId,
        created_at: new Date().toISOString(),
      })
      .execute();
    return next;
  });
  const key = addedQuestionKey(input.areaId, number);
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'checklist.question.added',
    detail: { key },
  });
  return { key, number };
}

/**
 * Hides a question (the guide's or an added one) that does not apply. Only a targeted
 * assessment narrows the guide; a comprehensive one covers all of it.
 */
export async function hideQuestion(db: TDb, actor: TMembership, input: { key: string; reason: string }): Promise<void> {
  const assessment = await findAssessment(db, actor.assessmentId);
  if (!assessment) throw new DomainError('assessment.not_found');
  if (assessment.scope !== 'targeted') throw new DomainError('adaptation.not_targeted');
  const { areas } = await effectiveChecklist(db, actor.assessmentId);
  if (!areas.some((a) => effectiveAreaQuestions(a).some((q) => q.key === input.key))) {
    throw new DomainError('adaptation.no_such_question');
  }
  await db
    .insertInto('checklist_hidden_questions')
    .values({
      assessment_id: actor.assessmentId,
      question_key: input.key,
      reason: input.reason,
      hidden_by: actor.userId,
      hidden_at: new Date().toISOString(),
    })
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'checklist.question.hidden',
    detail: { key: input.key, reason: input.reason },
  });
}

/** Shows a hidden question again; its answer, if any, was kept. */
export async function unhideQuestion(db: TDb, actor: TMembership, key: string): Promise<void> {
  const res = await db
    .deleteFrom('checklist_hidden_questions')
    .where('assessment_id', '=', actor.assessmentId)
    .where('question_key', '=', key)
    .executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw new DomainError('adaptation.not_hidden');
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'checklist.question.shown',
    detail: { key },
  });
}

/**
 * Checks a translation against the assessment's effective checklist question by question and
 * saves it only when every shown question has non-blank text and no key is unknown (hidden
 * questions may be translated or not, and so may the titles of the areas in scope: the official
 * titles). A refusal names the keys; nothing is saved.
 */
export async function importTranslation(
  db: TDb,
  actor: TMembership,
  input: { language: string; rows: readonly TTranslationRow[] },
): Promise<{ language: string; questions: number }> {
  const language = ZLanguageTagSchema.safeParse(input.language);
  if (!language.success)
    throw new DomainError('translation.language_missing', undefined, {
      fieldErrors: { language: [language.error.issues[0]!.message] },
    });
  const { areas } = await effectiveChecklist(db, actor.assessmentId);
  const required = areas.flatMap((a) => effectiveAreaQuestions(a).map((q) => q.key));
  const optional = areas.flatMap((a) => a.hidden.map((h) => h.key));
  const titles = titleKeys(areas).map((k) => k.key);
  const check = checkTranslation(input.rows, required, optional, titles);
  if (!check.ok) {
    const fieldErrors = Object.fromEntries(
      (['missing', 'unknown', 'empty', 'duplicate'] as const)
        .filter((k) => check[k].length > 0)
        .map((k) => [k, check[k]]),
    );
    throw new DomainError('translation.refused', undefined, { message: translationRefusal(check), fieldErrors });
  }
  const row = {
    language: language.data,
    texts: JSON.stringify(check.texts),
    imported_by: actor.userId,
    imported_at: new Date().toISOString(),
  };
  await db
    .insertInto('checklist_translations')
    .values({ assessment_id: actor.assessmentId, ...row })
    .onConflict((oc) => oc.column('assessment_id').doUpdateSet(row))
    .execute();
  const questions = Object.keys(check.texts).filter((k) => !isTitleKey(k)).length;
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'checklist.translation.imported',
    detail: { language: language.data, questions },
  });
  return { language: language.data, questions };
}

/** Removes the assessment's translation; the checklist shows the guide's English again. */
export async function removeTranslation(db: TDb, actor: TMembership): Promise<void> {
  const res = await db
    .deleteFrom('checklist_translations')
    .where('assessment_id', '=', actor.assessmentId)
    .executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw new DomainError('translation.none');
  await audit(db, { assessmentId: actor.assessmentId, actorId: actor.userId, action: 'checklist.translation.removed' });
}

/** The area of a question of the guide or one added to this assessment (hidden or not), or null. */
export async function questionAreaOf(db: TDb, assessmentId: string, key: string): Promise<string | null> {
  const guide = findQuestion(key);
  if (guide) return guide.areaId;
  const m = /^(.+)\.a(\d{1,4})$/.exec(key);
  if (!m) return null;
  const row = await db
    .selectFrom('checklist_added_questions')
    .select('area_id')
    .where('assessment_id', '=', assessmentId)
    .where('area_id', '=', m[1]!)
    .where('number', '=', Number(m[2]))
    .executeTakeFirst();
  return row?.area_id ?? null;
}
