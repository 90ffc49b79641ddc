import type { TChecklistArea, TChecklistQuestion, TChecklistSection } from './checklist';

// What an area or section given in full says of itself, apart from the checklist's data
// (./checklist.ts): a page that is handed its area takes these without the 282 questions.

/** The questions of one area, flattened across its sections. */
export function areaQuestions(area: TChecklistArea): TChecklistQuestion[] {
  return area.sections.flatMap((s) => s.questions);
}

/** A label for an area as the guide names it, e.g. "Key factor 3: Transparency". */
export function areaLabel(area: TChecklistArea): string {
  const prefix =
    area.group === 'rad'
      ? `Key factor ${area.number}`
      : area.group === 'collective-action'
        ? `Collective action ${area.number}`
        : 'Cross-cutting';
  return `${prefix}: ${area.title}`;
}

/** A label for a section: "III. Title", or null where the guide has none. */
export function sectionLabel(section: TChecklistSection): string | null {
  if (!section.code && !section.title) return null;
  return [section.code, section.title].filter(Boolean).join('. ');
}
