import type { TChecklistSection } from '../../idg/checklist';

// An administration's official translation of the guide's titles, imported with its checklist
// translation (`area.<areaId>`, `section.<areaId>.<code>`: the keys of the `guideWords`
// namespace). Where it is in the member's language it is shown instead of the project's own.

/** The title keys of the areas in scope: each area's, then each of its sections' the guide numbers. */
export function titleKeys(
  areas: readonly { id: string; title: string; sections: readonly Pick<TChecklistSection, 'code' | 'title'>[] }[],
): { key: string; english: string }[] {
  return areas.flatMap((area) => [
    { key: `area.${area.id}`, english: area.title },
    ...area.sections.flatMap((s) => (s.code ? [{ key: `section.${area.id}.${s.code}`, english: s.title ?? '' }] : [])),
  ]);
}

/** Whether a translation key is a title's rather than a question's. */
export const isTitleKey = (key: string): boolean => key.startsWith('area.') || key.startsWith('section.');

/** The imported titles of a translation when its language is `locale` (`fr-CA` is French), else none. */
export function officialTitlesIn(
  language: string | null,
  titles: Readonly<Record<string, string>>,
  locale: string,
): Readonly<Record<string, string>> {
  return language?.split('-')[0]!.toLowerCase() === locale ? titles : {};
}
