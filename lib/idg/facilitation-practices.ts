import practicesData from './data/facilitation-practices.json';
import type { TModeId } from './process';

export type TPracticeItem = { key: string; text: string };
export type TPracticeSection = { key: string; title: string; items: TPracticeItem[] };
/** Annex 6 or 7: the guide's good practices for the facilitators of the modes it names. */
export type TPracticeAnnex = { annex: 6 | 7; title: string; modes: TModeId[]; sections: TPracticeSection[] };

// Annexes 6 (facilitated assessment, remotely or in-country) and 7 (self-assessment).
const data = practicesData as unknown as { source: string; annexes: TPracticeAnnex[] };

/** The annex whose good practices apply to an assessment run in `mode`. */
export function practiceAnnexFor(mode: TModeId): TPracticeAnnex {
  return data.annexes.find((a) => a.modes.includes(mode))!;
}

/** Whether `key` names an item of Annex 6 or 7. */
export function isPracticeItem(key: string): boolean {
  return data.annexes.some((a) => a.sections.some((s) => s.items.some((i) => i.key === key)));
}
