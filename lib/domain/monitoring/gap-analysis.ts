import type { TAnswerStatus } from '../../collab/layout';
import {
  EVALUATION_CRITERIA,
  JUDGEMENTS,
  type TActivityStatus,
  type TEvaluationCriterion,
  type TJudgement,
} from './monitoring-types';

// The integrity gap analysis that evaluation ends in (Part V.2 of the guide): per key factor, what
// the previous self-assessment found, what the plan did about it, and what gaps remain after the
// second self-assessment (Part VI), so that the group sees which areas need further attention and
// which aspects of the self-assessment to revisit; beside it, how the plan's objectives and KPIs
// were judged on the guide's three evaluation criteria.

/** A checklist evaluation that names a gap: the measure is missing or falls short. */
export function isGap(status: TAnswerStatus | null): boolean {
  return status === 'action-required' || status === 'needs-improvement';
}

type TTargeting = { number: string; title: string; status: TActivityStatus; percent: number };

/** One question of the comparison, with the previous plan's activities that targeted it. */
export type TGapQuestion = {
  key: string;
  areaId: string;
  previous: TAnswerStatus | null;
  current: TAnswerStatus | null;
  activities: TTargeting[];
};

export type TAreaGaps = {
  areaId: string;
  /** The previous round's findings: questions with a gap, with the measure in place, not evaluated. */
  found: { gaps: number; inPlace: number; notEvaluated: number };
  /** The previous plan's activities that targeted a question of this area. */
  activities: TTargeting[];
  /** Previous gaps whose measure is now in place. */
  closed: string[];
  /** Previous gaps still open although an activity targeted them. */
  persistingAddressed: string[];
  /** Previous gaps still open that no activity targeted. */
  persistingUnaddressed: string[];
  /** Gaps now where the previous round found none. */
  emerged: string[];
};

export type TJudgementCounts = Record<TEvaluationCriterion, Record<TJudgement, number>>;

export type TGapAnalysis = { areas: TAreaGaps[]; judgements: TJudgementCounts };

/** Whether an area needs further attention in the new plan: any gap left or newly found. */
export function needsAttention(a: TAreaGaps): boolean {
  return a.persistingAddressed.length + a.persistingUnaddressed.length + a.emerged.length > 0;
}

/** Builds the gap analysis from the round comparison's questions (in order) and the Part V judgements. */
export function gapAnalysis(
  questions: readonly TGapQuestion[],
  judgements: readonly { criterion: TEvaluationCriterion; judgement: TJudgement }[],
): TGapAnalysis {
  const areas = new Map<string, TAreaGaps>();
  for (const q of questions) {
    let a = areas.get(q.areaId);
    if (!a) {
      a = {
        areaId: q.areaId,
        found: { gaps: 0, inPlace: 0, notEvaluated: 0 },
        activities: [],
        closed: [],
        persistingAddressed: [],
        persistingUnaddressed: [],
        emerged: [],
      };
      areas.set(q.areaId, a);
    }
    if (isGap(q.previous)) a.found.gaps += 1;
    else if (q.previous === 'in-place') a.found.inPlace += 1;
    else if (q.previous === null) a.found.notEvaluated += 1;
    for (const t of q.activities) if (!a.activities.some((x) => x.number === t.number)) a.activities.push(t);
    if (isGap(q.previous) && q.current === 'in-place') a.closed.push(q.key);
    else if (isGap(q.previous) && isGap(q.current))
      (q.activities.length > 0 ? a.persistingAddressed : a.persistingUnaddressed).push(q.key);
    else if (!isGap(q.previous) && isGap(q.current)) a.emerged.push(q.key);
  }
  const counts = Object.fromEntries(
    EVALUATION_CRITERIA.map((c) => [c, Object.fromEntries(JUDGEMENTS.map((j) => [j, 0]))]),
  ) as TJudgementCounts;
  for (const j of judgements) counts[j.criterion][j.judgement] += 1;
  return { areas: [...areas.values()], judgements: counts };
}
