import type { TGlossaryEntry } from '../contracts/guide';

// Searching the glossary in the browser, apart from the guide's texts (./guide.ts), which the
// browser fetches rather than bundles.

/**
 * The glossary entries whose term or definition contains `query` (case- and accent-insensitive); all for a blank query.
 */
export function searchGlossary(query: string, entries: readonly TGlossaryEntry[]): TGlossaryEntry[] {
  const q = fold(query.trim());
  if (!q) return [...entries];
  return entries.filter((e) => fold(e.term).includes(q) || fold(e.definition).includes(q));
}

/** Lower case without diacritics, so "role" finds "rôle". Keeps the length of plain ASCII text. */
function fold(text: string): string {
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
