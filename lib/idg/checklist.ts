import checklistData from './data/checklist.json';

/** Where the checklist comes from; shown wherever it is shown or exported. */
export const GUIDE_CREDIT = 'WCO Integrity Development Guide, 2021 edition';

/** The credit line of every export that carries the guide's text (questions, process, templates). */
export const GUIDE_EXPORT_CREDIT = `Questions, process and templates from the ${GUIDE_CREDIT}, World Customs Organization.`;

export type TAreaGroup = 'rad' | 'collective-action' | 'cross-cutting';

export type TChecklistQuestion = {
  /** `<areaId>.<number>`, the guide's own number (not always continuous). */
  key: string;
  number: number;
  text: string;
  subsection?: string;
  /** The guide's footnote on this question, with the guide's own number. */
  footnote?: TGuideFootnote;
};

/** A footnote of the guide, numbered as the guide numbers it. */
export type TGuideFootnote = { number: number; text: string };

export type TChecklistSection = {
  /** Roman numeral, or null for areas the guide does not divide. */
  code: string | null;
  title: string | null;
  questions: TChecklistQuestion[];
};

export type TChecklistArea = {
  id: string;
  group: TAreaGroup;
  number: number;
  title: string;
  /** The Revised Arusha Declaration's statement; key factors only. */
  declarationStatement: string | null;
  sections: TChecklistSection[];
};

type TChecklistData = { source: string; areas: TChecklistArea[] };

const data = checklistData as TChecklistData;

/** The 14 checklist areas in the guide's order. */
export const checklistAreas: readonly TChecklistArea[] = data.areas;

/** Every checklist question in the guide's order, with its area. */
export const checklistQuestions: readonly (TChecklistQuestion & { areaId: string; section: TChecklistSection })[] =
  data.areas.flatMap((area) =>
    area.sections.flatMap((section) => section.questions.map((q) => ({ ...q, areaId: area.id, section }))),
  );

const areasById = new Map(data.areas.map((a) => [a.id, a]));
const questionsByKey = new Map(checklistQuestions.map((q) => [q.key, q]));

/** The area with this id, or undefined. */
export function findArea(areaId: string): TChecklistArea | undefined {
  return areasById.get(areaId);
}

/** The question with this key (`<areaId>.<number>`), or undefined. */
export function findQuestion(key: string) {
  return questionsByKey.get(key);
}

/** Whether `areaId` names one of the 14 areas. */
export function isAreaId(areaId: string): boolean {
  return areasById.has(areaId);
}

// Naming areas and sections needs no data: ./checklist-labels.ts, which pages that are handed an
// area import without the whole checklist.
export { areaLabel, areaQuestions, sectionLabel } from './checklist-labels';
