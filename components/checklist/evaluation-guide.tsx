'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { ANSWER_STATUSES, type TAnswerStatus } from '@/lib/collab/layout';
import { type TEffectiveness, type TMeasures, evaluationOf } from '@/lib/domain/checklist/evaluation-flow';
import { situationalAnalysis } from '@/lib/idg/process';
import { answerStatusLabel } from '@/lib/i18n/domain-labels';

type TEvaluationGuideProps = {
  /** `12`, or `A1` for a question the administration added. */
  questionNumber: number | string;
  value: TAnswerStatus | null;
  disabled: boolean;
  onChange: (value: TAnswerStatus) => void;
};

/**
 * How to evaluate a question the guide's way (Part II, step 5, and its Figure 5): what measures
 * and controls exist, whether they are effective, and what gap remains, leading to one of the
 * evaluations. Its steps are local to the reader; only the evaluation it ends with is written,
 * through the same status map the select writes, and the answer stays in the shared editor.
 */
export function EvaluationGuide({ questionNumber, value, disabled, onChange }: TEvaluationGuideProps) {
  const t = useTranslations('checklist');
  const td = useTranslations('domain');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [measures, setMeasures] = useState<TMeasures | null>(null);
  const [effective, setEffective] = useState<TEffectiveness | null>(null);
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
    <div className="mt-2 text-sm">
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 aria-expanded:border-brand-600 aria-expanded:bg-brand-50"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={t('evaluationGuide.openFor', { n: questionNumber })}
        onClick={() => setOpen((o) => !o)}
      >
        {t('evaluationGuide.open')}
      </button>
      {open && (
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
              ({situationalAnalysis.reference}; {situationalAnalysis.figure.caption},{' '}
              {situationalAnalysis.figure.source})
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
      )}
    </div>
  );
}
