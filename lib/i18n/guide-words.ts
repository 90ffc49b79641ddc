// The guide's own words as the interface shows them, from the `guideWords` namespace: area and
// section titles, Annex 4 activities, priority and KPI selection criteria, Annex 11 field titles.
// English there is the guide's text (guide-words.test.ts holds it to lib/idg's data); French and
// Spanish are this project's translation, which a page marks once with GuideTranslationNote.
// Exports and stored data keep the guide's English from lib/idg.
import type { TAreaGroup } from '@/lib/idg/checklist';
import type { TMessageKey, TTranslate } from './messages';

export type TGuideWordsT = TTranslate<'guideWords'>;

/**
 * The guide's words with an assessment's official titles over the project's translation
 * (`area.<id>`, `section.<id>.<code>`; lib/domain/checklist/official-titles.ts).
 */
export function withOfficialTitles(t: TGuideWordsT, titles: Readonly<Record<string, string>>): TGuideWordsT {
  if (Object.keys(titles).length === 0) return t;
  const words = ((key: string, ...rest: unknown[]) =>
    titles[key] ?? (t as (k: string, ...r: unknown[]) => string)(key, ...rest)) as unknown as TGuideWordsT;
  return Object.assign(words, t, { has: (key: string) => key in titles || t.has(key as TMessageKey<'guideWords'>) });
}

/** The word at `key` when the namespace has it, else the guide's English (an id it does not know). */
function wordAt(t: TGuideWordsT, key: string, english: string): string {
  const known = key as TMessageKey<'guideWords'>;
  return t.has(known) ? t(known) : english;
}

type TNamedArea = { id: string; group: TAreaGroup; number: number; title: string };

/** An area's title, e.g. "Transparence". */
export const areaTitle = (t: TGuideWordsT, area: { id: string; title: string }): string =>
  wordAt(t, `area.${area.id}`, area.title);

/** An area as the guide names it, e.g. "Facteur clé 3 : Transparence" (lib/idg's areaLabel in English). */
export function areaName(t: TGuideWordsT, area: TNamedArea): string {
  const group = area.group === 'collective-action' ? 'collective' : area.group;
  return t('areaLabel', { group, number: area.number, title: areaTitle(t, area) });
}

/** A section's label, "III. Title", or null where the guide has none (lib/idg's sectionLabel in English). */
export function sectionName(
  t: TGuideWordsT,
  areaId: string,
  section: { code: string | null; title: string | null },
): string | null {
  const { code, title } = section;
  if (!code && !title) return null;
  // A section without a code is not the guide's (the administration's added questions): its title stays.
  const shown = code ? wordAt(t, `section.${areaId}.${code}`, title ?? '') : title;
  return [code, shown].filter(Boolean).join('. ');
}

/** An Annex 4 activity's title by its code (`2.3`). */
export const activityTitle = (t: TGuideWordsT, code: string, english: string): string =>
  wordAt(t, `activity.${code}`, english);

/** One of the eight priority criteria's title; a criterion the administration added keeps its own. */
export const priorityCriterionTitle = (t: TGuideWordsT, criterion: { id: string; title: string }): string =>
  wordAt(t, `criterion.${criterion.id}`, criterion.title);

/** A KPI selection criterion's title and the guide's words for it. */
export const kpiCriterionWords = (t: TGuideWordsT, c: { id: string; title: string; description: string }) => ({
  title: wordAt(t, `kpiCriterion.${c.id}.title`, c.title),
  description: wordAt(t, `kpiCriterion.${c.id}.description`, c.description),
});

/** An Annex 11 field's title and the guide's prompt under it. */
export const kpiFieldWords = (t: TGuideWordsT, f: { key: string; title: string; prompt: string }) => ({
  title: wordAt(t, `kpiField.${f.key}.title`, f.title),
  prompt: wordAt(t, `kpiField.${f.key}.prompt`, f.prompt),
});
