import { z } from 'zod';
import {
  type TChecklistArea,
  type TChecklistQuestion,
  type TChecklistSection,
  findQuestion,
  isAreaId,
} from '../../idg/checklist';

// An assessment's effective checklist: the guide's questions of its scope, minus those the
// administration hid, plus those it added, each with its imported translation. Pure, so the
// service, the pages and the tests compose it the same way.

/** The title of the section that holds an area's added questions, and their mark in every view and export. */
export const ADDED_MARK = 'Added by the administration';

/** The key of an added question: `<areaId>.a<n>`; the `a` keeps it apart from the guide's numbers. */
export function addedQuestionKey(areaId: string, number: number): string {
  return `${areaId}.a${number}`;
}

/** Whether a key has the added-question form `<areaId>.a<n>`. */
export function isAddedQuestionKey(key: string): boolean {
  return /^[a-z][a-z-]{0,39}\.a\d{1,4}$/.test(key);
}

// A guide question (`transparency.20`) or one an administration added to an area (`transparency.a1`).
const QUESTION_KEY = /^([a-z0-9-]{1,64})\.(a?)(\d{1,4})$/;

/** Whether `key` names a checklist question: a guide question, or an added one of a real area. */
export function isQuestionKey(key: string): boolean {
  const m = QUESTION_KEY.exec(key);
  if (!m) return false;
  return m[2] === 'a' ? isAreaId(m[1]!) : findQuestion(key) !== undefined;
}

/** A question as an assessment shows it: the guide's (or added), its display number, its translation. */
export type TEffectiveQuestion = TChecklistQuestion & {
  /** Added by the administration, not the guide's. */
  added: boolean;
  /** `12`, or `A1` for an added question. */
  label: string;
  /** The imported translation of the text, or null. */
  translation: string | null;
};

export type TEffectiveSection = Omit<TChecklistSection, 'questions'> & { questions: TEffectiveQuestion[] };

/** A hidden question of an area, with why. */
export type THiddenQuestion = { key: string; label: string; text: string; reason: string };

export type TEffectiveArea = Omit<TChecklistArea, 'sections'> & {
  sections: TEffectiveSection[];
  hidden: THiddenQuestion[];
};

/** A question an administration added, as stored. */
export type TAddedQuestion = { areaId: string; number: number; text: string };

/** Every question of the effective checklist, in order, with its area id. */
export function effectiveQuestions(
  areas: readonly TEffectiveArea[],
): (TEffectiveQuestion & { areaId: string; section: TEffectiveSection })[] {
  return areas.flatMap((area) =>
    area.sections.flatMap((section) => section.questions.map((q) => ({ ...q, areaId: area.id, section }))),
  );
}

/** The questions of one effective area, flattened across its sections. */
export function effectiveAreaQuestions(area: TEffectiveArea): TEffectiveQuestion[] {
  return area.sections.flatMap((s) => s.questions);
}

/**
 * Composes the effective checklist of the areas in scope. A hidden key that names no question
 * is ignored; added questions go, in number order, into a last section of their area titled
 * ADDED_MARK, so they are never mistaken for the guide's.
 */
export function composeChecklist(
  areas: readonly TChecklistArea[],
  added: readonly TAddedQuestion[],
  hidden: ReadonlyMap<string, string>,
  translation: Readonly<Record<string, string>> | null,
): TEffectiveArea[] {
  const tr = (key: string) => translation?.[key] ?? null;
  return areas.map((area) => {
    const hiddenHere: THiddenQuestion[] = [];
    const keep = (q: TEffectiveQuestion) => {
      const reason = hidden.get(q.key);
      if (reason === undefined) return true;
      hiddenHere.push({ key: q.key, label: q.label, text: q.text, reason });
      return false;
    };
    const sections: TEffectiveSection[] = area.sections
      .map((s) => ({
        ...s,
        questions: s.questions
          .map((q): TEffectiveQuestion => ({ ...q, added: false, label: String(q.number), translation: tr(q.key) }))
          .filter(keep),
      }))
      .filter((s) => s.questions.length > 0);
    const own = added
      .filter((a) => a.areaId === area.id)
      .sort((a, b) => a.number - b.number)
      .map((a): TEffectiveQuestion => {
        const key = addedQuestionKey(area.id, a.number);
        return { key, number: a.number, text: a.text, added: true, label: `A${a.number}`, translation: tr(key) };
      })
      .filter(keep);
    if (own.length > 0) sections.push({ code: null, title: ADDED_MARK, questions: own });
    return { ...area, sections, hidden: hiddenHere };
  });
}

/** A BCP 47 language tag such as `fr` or `es-MX`. */
export const ZLanguageTagSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'Give the language as a tag such as fr, es or pt-BR.');

/** One row of a translation file: the question key and its translation (the English is ignored). */
export type TTranslationRow = { key: string; translation: string };

/** What checking a translation found: the texts to save, or every problem by key. */
export type TTranslationCheck =
  | { ok: true; texts: Record<string, string> }
  | { ok: false; missing: string[]; unknown: string[]; empty: string[]; duplicate: string[] };

/**
 * Checks a translation question by question against the keys the checklist requires
 * (`required`); `optional` keys (hidden questions) may be given or left out. Every key
 * required must be there with non-blank text, and no other key may appear. `titles` (the
 * official titles, ./official-titles.ts) may be given, or left blank as the template has them.
 */
export function checkTranslation(
  rows: readonly TTranslationRow[],
  required: readonly string[],
  optional: readonly string[] = [],
  titles: readonly string[] = [],
): TTranslationCheck {
  const known = new Set([...required, ...optional, ...titles]);
  const blankable = new Set(titles);
  const seen = new Set<string>();
  const texts: Record<string, string> = {};
  const unknown: string[] = [];
  const empty: string[] = [];
  const duplicate: string[] = [];
  for (const row of rows) {
    const key = row.key.trim();
    if (!known.has(key)) {
      unknown.push(key || '(blank key)');
      continue;
    }
    if (seen.has(key)) {
      duplicate.push(key);
      continue;
    }
    seen.add(key);
    const text = row.translation.trim();
    if (!text && blankable.has(key)) continue;
    if (!text) empty.push(key);
    else texts[key] = text;
  }
  const missing = required.filter((k) => !seen.has(k));
  if (missing.length || unknown.length || empty.length || duplicate.length)
    return { ok: false, missing, unknown, empty, duplicate };
  return { ok: true, texts };
}

/** The first `max` items, then "and N more". */
function firstOf(items: readonly string[], max: number): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** A refusal that names every problem: up to `max` keys of each kind, with the count. */
export function translationRefusal(check: Extract<TTranslationCheck, { ok: false }>, max = 20): string {
  const parts: string[] = [];
  if (check.missing.length)
    parts.push(
      `${check.missing.length} question key${check.missing.length === 1 ? ' is' : 's are'} missing: ${firstOf(check.missing, max)}`,
    );
  if (check.unknown.length)
    parts.push(
      `${check.unknown.length} key${check.unknown.length === 1 ? ' is' : 's are'} not in this checklist: ${firstOf(check.unknown, max)}`,
    );
  if (check.empty.length)
    parts.push(
      `${check.empty.length} translation${check.empty.length === 1 ? ' is' : 's are'} empty: ${firstOf(check.empty, max)}`,
    );
  if (check.duplicate.length)
    parts.push(
      `${check.duplicate.length} key${check.duplicate.length === 1 ? ' appears' : 's appear'} twice: ${firstOf(check.duplicate, max)}`,
    );
  return `The translation was not imported. ${parts.join('. ')}.`;
}
