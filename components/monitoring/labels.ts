import type { TAnswerStatus } from '@/lib/collab/layout';
import type { TMessageKey, TTranslate } from '@/lib/i18n/messages';
import type { TActivityStatus, TEvaluationCriterion, TJudgement } from '@/lib/domain/monitoring/monitoring-types';
import type { TKpiStatus, TRedFlag } from '@/lib/domain/monitoring/red-flags';
import type { TEvaluationChange } from '@/lib/domain/monitoring/round-comparison';
import type { TIndicatorDirection } from '@/lib/domain/monitoring/review-indicators';

type T = TTranslate<'monitoring'>;

const STATUS: Record<TActivityStatus, TMessageKey<'monitoring'>> = {
  'not-started': 'statusNotStarted',
  'on-track': 'statusOnTrack',
  'at-risk': 'statusAtRisk',
  delayed: 'statusDelayed',
  done: 'statusDone',
  cancelled: 'statusCancelled',
};
/** An activity status in words. */
export const statusLabel = (t: T, s: TActivityStatus) => t(STATUS[s]);

/** A red flag in words; KPI names come from the caller. */
export function flagLabel(t: T, f: TRedFlag, kpiName: (id: string) => string): string {
  if (f.kind === 'overdue') return t('flagOverdue', { n: f.days });
  if (f.kind === 'stale') return t('flagStale', { n: f.days });
  return t('flagKpi', { name: kpiName(f.kpiId) });
}

const REASONS = {
  'no-baseline': 'reasonNoBaseline',
  'no-target': 'reasonNoTarget',
  'no-target-date': 'reasonNoTargetDate',
  'flat-target': 'reasonFlatTarget',
  'no-measurements': 'reasonNoMeasurements',
} as const;
/** A KPI's trajectory state in words, with why when it is not judged. */
export function kpiStateLabel(t: T, s: TKpiStatus): string {
  if (s.state !== 'not-judged') return s.state === 'on-track' ? t('kpiOnTrack') : t('kpiOffTrack');
  return `${t('kpiNotJudged')}: ${t(REASONS[s.reason])}`;
}

const CRITERIA: Record<TEvaluationCriterion, { label: TMessageKey<'monitoring'>; help: TMessageKey<'monitoring'> }> = {
  relevance: { label: 'critRelevance', help: 'critRelevanceHelp' },
  success: { label: 'critSuccess', help: 'critSuccessHelp' },
  'cost-effectiveness': { label: 'critCost', help: 'critCostHelp' },
};
export const criterionLabel = (t: T, c: TEvaluationCriterion) => t(CRITERIA[c].label);
export const criterionHelp = (t: T, c: TEvaluationCriterion) => t(CRITERIA[c].help);

const JUDGEMENTS: Record<TJudgement, TMessageKey<'monitoring'>> = {
  met: 'judgeMet',
  partly: 'judgePartly',
  'not-met': 'judgeNotMet',
  'too-early': 'judgeTooEarly',
};
export const judgementLabel = (t: T, j: TJudgement) => t(JUDGEMENTS[j]);

const EVALUATIONS: Record<TAnswerStatus, TMessageKey<'monitoring'>> = {
  'in-place': 'evInPlace',
  'needs-improvement': 'evNeedsImprovement',
  'action-required': 'evActionRequired',
  'not-applicable': 'evNotApplicable',
};
/** A checklist evaluation in words ("not evaluated" when unset). */
export const answerStatusLabel = (t: T, s: TAnswerStatus | null) => (s ? t(EVALUATIONS[s]) : t('unset'));

const CHANGES: Record<TEvaluationChange, TMessageKey<'monitoring'>> = {
  improved: 'evImproved',
  worsened: 'evWorsened',
  changed: 'evChanged',
  same: 'evSame',
};
export const changeLabel = (t: T, c: TEvaluationChange) => t(CHANGES[c]);

const DIRECTIONS: Record<TIndicatorDirection, TMessageKey<'monitoring'>> = {
  improved: 'dirImproved',
  worsened: 'dirWorsened',
  unchanged: 'dirUnchanged',
  'not-known': 'dirNotKnown',
};
/** Which way one of Part VI's indicators went, in words. */
export const directionLabel = (t: T, d: TIndicatorDirection) => t(DIRECTIONS[d]);

/** Tailwind classes per status: colour is never the only signal, the word is always shown beside it. */
export const STATUS_CLASS: Record<TActivityStatus, string> = {
  'not-started': 'bg-slate-100 text-slate-800 border-slate-400',
  'on-track': 'bg-green-50 text-green-900 border-green-700',
  'at-risk': 'bg-amber-50 text-amber-900 border-amber-700',
  delayed: 'bg-red-50 text-red-900 border-red-700',
  done: 'bg-blue-50 text-blue-900 border-blue-700',
  cancelled: 'bg-slate-50 text-slate-600 border-slate-400 line-through',
};
/** SVG fills per status, for the timeline and the dashboard. */
export const STATUS_FILL: Record<TActivityStatus, string> = {
  'not-started': '#94a3b8',
  'on-track': '#15803d',
  'at-risk': '#b45309',
  delayed: '#b91c1c',
  done: '#1d4ed8',
  cancelled: '#cbd5e1',
};
