import { ANSWER_STATUSES, type TAnswerStatus } from '../../collab/layout';

// What the report's executive summary and its per-area results are made of, as data: the
// evaluations of every area at a glance, and the questions each area left without an answer.

/** The heat map's columns: the guide's four evaluations, then the questions not evaluated yet (null). */
export const HEAT_MAP_COLUMNS: readonly (TAnswerStatus | null)[] = [...ANSWER_STATUSES, null];

/** One area of the guide: its questions counted per column of HEAT_MAP_COLUMNS, or null when out of scope. */
export type THeatMapRow = { areaId: string; label: string; counts: number[] | null; total: number };

/**
 * Every area of the guide, in the guide's order, with the evaluations of its questions counted:
 * the whole assessment at a glance, areas out of scope included (as rows without counts).
 */
export function evaluationHeatMap(
  guideAreas: readonly { id: string; label: string }[],
  scoped: readonly { id: string; statuses: readonly (TAnswerStatus | null)[] }[],
): THeatMapRow[] {
  const byId = new Map(scoped.map((a) => [a.id, a.statuses]));
  return guideAreas.map((area) => {
    const statuses = byId.get(area.id);
    if (!statuses) return { areaId: area.id, label: area.label, counts: null, total: 0 };
    const counts = HEAT_MAP_COLUMNS.map((column) => statuses.filter((s) => s === column).length);
    return { areaId: area.id, label: area.label, counts, total: statuses.length };
  });
}

/** A question as the area summary sees it: its label, evaluation and whether the copy shows an answer. */
export type TSummaryQuestion = { label: string; status: TAnswerStatus | null; answered: boolean };

/**
 * The questions of an area without an answer in this copy, in order, to be summarised in one line
 * rather than printed one by one; `of` is how many questions the area has.
 */
export function unansweredQuestions(questions: readonly TSummaryQuestion[]): {
  missing: TSummaryQuestion[];
  of: number;
} {
  return { missing: questions.filter((q) => !q.answered), of: questions.length };
}

/** Labels as a sentence lists them: `4`, `4 and 7`, `4, 7 and 12`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
