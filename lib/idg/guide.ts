import chaptersData from './data/guide-chapters.json';
import glossaryData from './data/glossary.json';
import practicesData from './data/good-practices.json';

// The guide at hand beside each area's checklist: its own chapter (Part II), the good practices of
// WCO Members (Annex 2) and the glossary (Annex 1), extracted once by scripts/extract-guide.ts.

/** A block of a chapter: a numbered sub-heading, a paragraph or a list item. */
export type TGuideBlock = { kind: 'heading' | 'paragraph' | 'item'; text: string };

/** An area's chapter of the guide, e.g. Part II, 3.3 Transparency. */
export type TGuideChapter = { areaId: string; reference: string; title: string; blocks: TGuideBlock[] };

/** One good practice of a WCO Member, under the topic it illustrates (null before the first topic). */
export type TGoodPractice = { topic: string | null; text: string };

/** Annex 2's section for an area; the three collective-action areas share one. */
export type TGoodPracticeSection = { areaId: string; reference: string; title: string; practices: TGoodPractice[] };

/** One term of the IDG glossary with its definition and where the definition comes from. */
export type TGlossaryEntry = { term: string; definition: string; source: string };

const chapters = (chaptersData as { chapters: TGuideChapter[] }).chapters;
const practiceSections = (practicesData as { sections: TGoodPracticeSection[] }).sections;

/** Every term of Annex 1, sorted by term. */
export const glossary: readonly TGlossaryEntry[] = (glossaryData as { entries: TGlossaryEntry[] }).entries;

/** The guide's chapter for an area, or undefined for an id that is not one of the 14. */
export function guideChapter(areaId: string): TGuideChapter | undefined {
  return chapters.find((c) => c.areaId === areaId);
}

/** Annex 2's good practices for an area, or undefined for an unknown id. */
export function goodPractices(areaId: string): TGoodPracticeSection | undefined {
  return practiceSections.find((s) => s.areaId === areaId);
}

/**
 * The glossary entries whose term or definition contains `query` (case- and accent-insensitive); all for a blank query.
 */
export function searchGlossary(query: string, entries: readonly TGlossaryEntry[] = glossary): TGlossaryEntry[] {
  const q = fold(query.trim());
  if (!q) return [...entries];
  return entries.filter((e) => fold(e.term).includes(q) || fold(e.definition).includes(q));
}

/** Lower case without diacritics, so "role" finds "rôle". Keeps the length of plain ASCII text. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Splits `text` into runs, marking those that match `query` (case-insensitive), for highlighting.
 * Matching is on the lower-cased text, so the runs keep the original's letters.
 */
export function highlightRuns(text: string, query: string): { text: string; match: boolean }[] {
  const q = query.trim().toLowerCase();
  if (!q) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const runs: { text: string; match: boolean }[] = [];
  let at = 0;
  for (let i = lower.indexOf(q); i >= 0; i = lower.indexOf(q, i + q.length)) {
    if (i > at) runs.push({ text: text.slice(at, i), match: false });
    runs.push({ text: text.slice(i, i + q.length), match: true });
    at = i + q.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), match: false });
  return runs;
}
