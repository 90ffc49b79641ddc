import type { TAnswerStatus } from '../../collab/layout';

// The review round's comparison (Part VI): per checklist question, the previous round's and this
// round's evaluation and whether the answer's text changed, and per area a summary, so that the
// group sees beside each question's activities whether they moved the answers.

/** One question as a round left it. */
export type TRoundAnswer = { status: TAnswerStatus | null; text: string };

/** How evaluations order from weakest to strongest; "not applicable" is outside the scale. */
const STRENGTH: Record<TAnswerStatus, number | null> = {
  'action-required': 0,
  'needs-improvement': 1,
  'in-place': 2,
  'not-applicable': null,
};

export type TEvaluationChange = 'same' | 'improved' | 'worsened' | 'changed';

/** Plain text as compared between rounds: Unicode-normalised, whitespace runs collapsed, trimmed. */
export function normaliseAnswer(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Whether an evaluation rose, fell, changed off the scale (to or from "not applicable" or unset), or stayed. */
export function evaluationChange(previous: TAnswerStatus | null, current: TAnswerStatus | null): TEvaluationChange {
  if (previous === current) return 'same';
  const a = previous ? STRENGTH[previous] : null;
  const b = current ? STRENGTH[current] : null;
  if (a === null || b === null) return 'changed';
  return b > a ? 'improved' : 'worsened';
}

export type TQuestionComparison = {
  key: string;
  areaId: string;
  previous: TAnswerStatus | null;
  current: TAnswerStatus | null;
  evaluation: TEvaluationChange;
  answerChanged: boolean;
};

export type TAreaComparison = {
  areaId: string;
  questions: number;
  improved: number;
  worsened: number;
  changed: number;
  answersChanged: number;
  previousCounts: Record<TAnswerStatus | 'unset', number>;
  currentCounts: Record<TAnswerStatus | 'unset', number>;
};

/**
 * Compares two rounds over the current round's questions (in the given order); a question the
 * previous round did not have reads as unanswered.
 */
export function compareRounds(
  questions: readonly { key: string; areaId: string }[],
  previous: ReadonlyMap<string, TRoundAnswer>,
  current: ReadonlyMap<string, TRoundAnswer>,
): { questions: TQuestionComparison[]; areas: TAreaComparison[] } {
  const empty: TRoundAnswer = { status: null, text: '' };
  const rows = questions.map((q) => {
    const p = previous.get(q.key) ?? empty;
    const c = current.get(q.key) ?? empty;
    return {
      key: q.key,
      areaId: q.areaId,
      previous: p.status,
      current: c.status,
      evaluation: evaluationChange(p.status, c.status),
      answerChanged: normaliseAnswer(p.text) !== normaliseAnswer(c.text),
    };
  });
  const areas = new Map<string, TAreaComparison>();
  const counts = () => ({ 'in-place': 0, 'needs-improvement': 0, 'action-required': 0, 'not-applicable': 0, unset: 0 });
  for (const r of rows) {
    const a = areas.get(r.areaId) ?? {
      areaId: r.areaId,
      questions: 0,
      improved: 0,
      worsened: 0,
      changed: 0,
      answersChanged: 0,
      previousCounts: counts(),
      currentCounts: counts(),
    };
    a.questions += 1;
    if (r.evaluation === 'improved') a.improved += 1;
    if (r.evaluation === 'worsened') a.worsened += 1;
    if (r.evaluation === 'changed') a.changed += 1;
    if (r.answerChanged) a.answersChanged += 1;
    a.previousCounts[r.previous ?? 'unset'] += 1;
    a.currentCounts[r.current ?? 'unset'] += 1;
    areas.set(r.areaId, a);
  }
  return { questions: rows, areas: [...areas.values()] };
}
