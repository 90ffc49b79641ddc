import { createHash } from 'node:crypto';
import type { TGlossaryEntry, TGoodPracticeSection, TGuideChapter, TGuideText } from '../contracts/guide';
import { findArea } from './checklist';
import chaptersData from './data/guide-chapters.json';
import glossaryData from './data/glossary.json';
import practicesData from './data/good-practices.json';

// The guide at hand beside each area's checklist: its own chapter (Part II), the good practices of
// WCO Members (Annex 2) and the glossary (Annex 1), extracted once by scripts/extract-guide.ts.
// Served by app/api/guide/ when a member opens the panel, never bundled for the browser (the
// glossary's search is ./glossary-search.ts).

const { chapters, collectiveAction } = chaptersData as { chapters: TGuideChapter[]; collectiveAction: TGuideText[] };
const practiceSections = (practicesData as { sections: TGoodPracticeSection[] }).sections;

/** Every term of Annex 1, sorted by term. */
export const glossary: readonly TGlossaryEntry[] = (glossaryData as { entries: TGlossaryEntry[] }).entries;

/** The guide's chapter for an area, or undefined for an id that is not one of the 14. */
export function guideChapter(areaId: string): TGuideChapter | undefined {
  return chapters.find((c) => c.areaId === areaId);
}

/**
 * The chapters read with an area's own: for the collective-action areas, Part II's 4.2 and 4.5
 * (cooperation with other government agencies, with civil society), which have no checklist area.
 */
export function relatedChapters(areaId: string): readonly TGuideText[] {
  return findArea(areaId)?.group === 'collective-action' ? collectiveAction : [];
}

/** Annex 2's good practices for an area, or undefined for an unknown id. */
export function goodPractices(areaId: string): TGoodPracticeSection | undefined {
  return practiceSections.find((s) => s.areaId === areaId);
}

/**
 * A digest of the guide's texts: the panel's requests carry it (`?v=`), so the browser may keep
 * each answer for good and a new edition of the texts is a new address.
 */
export const GUIDE_VERSION = createHash('sha256')
  .update(JSON.stringify([chaptersData, practicesData, glossaryData]))
  .digest('hex')
  .slice(0, 16);
