import { MIN_GROUP_ANSWERS } from './anonymity';
import type { TSurveyAnswers, TSurveyQuestion } from './survey-schema';

/** The result of one question over a set of answers. */
export type TQuestionResult =
  | { id: string; type: 'scale'; text: string; answered: number; points: number; counts: number[]; mean: number | null }
  | { id: string; type: 'single' | 'multiple'; text: string; answered: number; options: string[]; counts: number[] }
  | { id: string; type: 'text'; text: string; answered: number; texts: string[] };

/** One group of a breakdown: its results, or hidden because it has too few answers. */
/** A hidden group does not even say how many answered: "1" next to a rare group is itself telling. */
export type TBreakdownGroup = { label: string } & (
  | { hidden: false; answers: number; results: TQuestionResult[] }
  | { hidden: true; answers: null; reason: 'too-few' | 'complement' }
);
export type TBreakdown = { questionId: string; text: string; groups: TBreakdownGroup[] };

/**
 * Summarises every question over the given answers. Free-text answers are sorted, so their order
 * says nothing about who wrote them or when.
 */
export function summarise(
  questions: readonly TSurveyQuestion[],
  responses: readonly TSurveyAnswers[],
  withText = true,
): TQuestionResult[] {
  const out: TQuestionResult[] = [];
  for (const q of questions) {
    const given = responses.map((r) => r[q.id]).filter((v) => v !== undefined);
    if (q.type === 'scale') {
      const counts = Array.from({ length: q.points }, () => 0);
      let sum = 0;
      for (const v of given)
        if (typeof v === 'number') {
          counts[v - 1] = (counts[v - 1] ?? 0) + 1;
          sum += v;
        }
      out.push({
        id: q.id,
        type: 'scale',
        text: q.text,
        answered: given.length,
        points: q.points,
        counts,
        mean: given.length ? sum / given.length : null,
      });
    } else if (q.type === 'single' || q.type === 'multiple') {
      const counts = q.options.map(() => 0);
      for (const v of given)
        for (const i of Array.isArray(v) ? v : [v])
          if (typeof i === 'number' && i < counts.length) counts[i] = (counts[i] ?? 0) + 1;
      out.push({ id: q.id, type: q.type, text: q.text, answered: given.length, options: [...q.options], counts });
    } else if (withText) {
      const texts = given.filter((v): v is string => typeof v === 'string').sort((a, b) => a.localeCompare(b));
      out.push({ id: q.id, type: 'text', text: q.text, answered: texts.length, texts });
    }
  }
  return out;
}

/**
 * Breaks results down by the answers to one grouping question. A group with fewer than
 * MIN_GROUP_ANSWERS answers is hidden; when exactly one group is hidden that way, the smallest
 * shown group is hidden too, or the hidden one could be worked out by subtracting the others
 * from the whole. Free text is never broken down: a phrase is easier to attribute in a small group.
 */
export function breakdown(
  questions: readonly TSurveyQuestion[],
  responses: readonly TSurveyAnswers[],
  groupingId: string,
  notAnsweredLabel: string,
): TBreakdown | null {
  const grouping = questions.find((q) => q.id === groupingId);
  if (!grouping || grouping.type !== 'single' || !grouping.grouping) return null;
  const others = questions.filter((q) => q.id !== groupingId && q.type !== 'text');
  const buckets = grouping.options.map((label, i) => ({ label, rows: responses.filter((r) => r[groupingId] === i) }));
  const unanswered = responses.filter((r) => r[groupingId] === undefined);
  if (unanswered.length > 0) buckets.push({ label: notAnsweredLabel, rows: unanswered });

  const tooFew = new Set(
    buckets.filter((b) => b.rows.length > 0 && b.rows.length < MIN_GROUP_ANSWERS).map((b) => b.label),
  );
  const complement = new Set<string>();
  if (tooFew.size === 1) {
    const smallest = buckets
      .filter((b) => b.rows.length >= MIN_GROUP_ANSWERS)
      .sort((a, b) => a.rows.length - b.rows.length)[0];
    if (smallest) complement.add(smallest.label);
  }
  // A group nobody belongs to says nothing and is left out.
  const groups: TBreakdownGroup[] = buckets
    .filter((b) => b.rows.length > 0)
    .map((b) => {
      if (tooFew.has(b.label)) return { label: b.label, answers: null, hidden: true, reason: 'too-few' };
      if (complement.has(b.label)) return { label: b.label, answers: null, hidden: true, reason: 'complement' };
      return { label: b.label, answers: b.rows.length, hidden: false, results: summarise(others, b.rows, false) };
    });
  return { questionId: groupingId, text: grouping.text, groups };
}

/**
 * The value a question gives a KPI: the mean of a scale, or the percentage of those who answered
 * that chose at least one of `options` (a choice question). Null when nobody answered it.
 */
export function kpiMeasure(
  question: TSurveyQuestion,
  responses: readonly TSurveyAnswers[],
  options: readonly number[],
): { value: number; responses: number; measure: string } | null {
  const given = responses.map((r) => r[question.id]).filter((v) => v !== undefined);
  if (given.length === 0 || question.type === 'text') return null;
  if (question.type === 'scale') {
    const mean = given.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0) / given.length;
    return { value: Math.round(mean * 100) / 100, responses: given.length, measure: `mean of 1-${question.points}` };
  }
  if (options.length === 0) return null;
  const hits = given.filter((v) =>
    (Array.isArray(v) ? v : [v]).some((i) => typeof i === 'number' && options.includes(i)),
  ).length;
  const labels = options
    .map((i) => question.options[i])
    .filter(Boolean)
    .join(' / ');
  return {
    value: Math.round((hits / given.length) * 1000) / 10,
    responses: given.length,
    measure: `% answering ${labels}`,
  };
}
