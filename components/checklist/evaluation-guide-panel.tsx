'use client';

import { useTranslations } from 'next-intl';
import { ANSWER_STATUSES, type TAnswerStatus } from '@/lib/collab/layout';
import { type TEffectiveness, type TMeasures, evaluationOf } from '@/lib/domain/checklist/evaluation-flow';
import { situationalAnalysis } from '@/lib/idg/process';
import { answerStatusLabel } from '@/lib/i18n/domain-labels';

export type TEvaluationGuidePanelProps = {
  /** The toggle's id: the panel is `<id>-panel`, which its aria-controls names. */
  id: string;
  value: TAnswerStatus | null;
  disabled: boolean;
  onChange: (value: TAnswerStatus) => void;
  measures: TMeasures | null;
  setMeasures: (value: TMeasures) => void;
  effective: TEffectiveness | null;
  setEffective: (value: TEffectiveness) => void;
};

/**
 * The open "How to evaluate" panel: the guide's aim of the situational analysis, the steps of its
 * Figure 5 and the meaning of each evaluation. Its own chunk, fetched when a member first opens it:
 * the guide's process data it quotes stays off the checklist page's first load.
 */
export function EvaluationGuidePanel({
  id,
  value,
  disabled,
  onChange,
  measures,
  setMeasures,
  effective,
  setEffective,
}: TEvaluationGuidePanelProps) {
  const t = useTranslations('checklist');
  const td = useTranslations('domain');
  const result = evaluationOf(measures, effective);
  // One step of the flow: its question as the legend of its choices, and a prompt for the answer.
  const step = <T extends string>(
    name: string,
    legend: string,
    hint: string,
    current: T | null,
    set: (v: T) => void,
    options: [T, string][],
  ) => (
    <fieldset>
      <legend className="font-medium">{legend}</legend>
      <p className="text-slate-700">{hint}</p>
      <div className="flex flex-wrap gap-3">
        {options.map(([v, label]) => (
          <label key={v} className="flex items-center gap-1">
            <input type="radio" name={`${id}-${name}`} checked={current === v} onChange={() => set(v)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <div
      id={`${id}-panel`}
      className="mt-2 grid gap-3 rounded border border-slate-200 bg-slate-50 p-3"
      data-testid="evaluation-guide"
    >
      <p className="text-slate-700">
        {t('evaluationGuide.intro')}{' '}
        <q lang="en" className="italic">
          {situationalAnalysis.aim}
        </q>{' '}
        <span className="text-xs text-slate-600">
          ({situationalAnalysis.reference}; {situationalAnalysis.figure.caption}, {situationalAnalysis.figure.source})
        </span>
      </p>
      <ol className="grid list-inside list-decimal gap-3">
        <li>
          {step(
            'measures',
            t('evaluationGuide.measuresQuestion'),
            t('evaluationGuide.measuresHint'),
            measures,
            setMeasures,
            [
              ['exist', t('evaluationGuide.measuresExist')],
              ['none', t('evaluationGuide.measuresNone')],
              ['not-applicable', t('evaluationGuide.measuresNotApplicable')],
            ],
          )}
        </li>
        {measures === 'exist' && (
          <li>
            {step(
              'effective',
              t('evaluationGuide.effectiveQuestion'),
              t('evaluationGuide.effectiveHint'),
              effective,
              setEffective,
              [
                ['yes', t('evaluationGuide.effectiveYes')],
                ['partly', t('evaluationGuide.effectivePartly')],
              ],
            )}
          </li>
        )}
        {result && (
          <li>
            {result !== 'not-applicable' && <span className="font-medium">{t('evaluationGuide.gapQuestion')}</span>}
            <p className="text-slate-700">{t(`evaluationGuide.gap.${result}`)}</p>
            <p className="mt-1" role="status">
              {t('evaluationGuide.leadsTo', { evaluation: answerStatusLabel(td, result) })}{' '}
              {value === result ? (
                <span className="text-green-800">{t('evaluationGuide.alreadyChosen')}</span>
              ) : (
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onChange(result)}
                  className="rounded border border-brand-600 px-2 py-0.5 text-xs font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-50"
                >
                  {t('evaluationGuide.use', { evaluation: answerStatusLabel(td, result) })}
                </button>
              )}
            </p>
          </li>
        )}
      </ol>
      <dl className="grid gap-1 border-t border-slate-200 pt-2 text-xs">
        {ANSWER_STATUSES.map((s) => (
          <div key={s}>
            <dt className="inline font-semibold">{answerStatusLabel(td, s)}:</dt>{' '}
            <dd className="inline">{t(`evaluationMeaning.${s}`)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
