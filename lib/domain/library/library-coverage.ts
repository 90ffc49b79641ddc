import { BACKGROUND_DOCUMENT_KINDS } from '../../idg/background-documents';

export type TCoverageRow = { id: string; title: string; documents: number; reviewed: number };

/**
 * For each kind of the guide's list, how many documents the library holds and how many are
 * summarised; a kind with none is still missing.
 */
export function libraryCoverage(docs: readonly { category: string; summary: string }[]): TCoverageRow[] {
  return BACKGROUND_DOCUMENT_KINDS.map((k) => {
    const of = docs.filter((d) => d.category === k.id);
    return {
      id: k.id,
      title: k.title,
      documents: of.length,
      reviewed: of.filter((d) => d.summary.trim() !== '').length,
    };
  });
}
