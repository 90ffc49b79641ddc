'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { ANSWER_STATUSES, type TAnswerStatus, parseAnswerStatus } from '@/lib/collab/layout';
import { answerStatusLabel } from '@/lib/i18n/domain-labels';

type TStatusSelectProps = {
  /** `12`, or `A1` for a question the administration added. */
  questionNumber: number | string;
  value: TAnswerStatus | null;
  disabled: boolean;
  onChange: (value: TAnswerStatus | null) => void;
};

/**
 * The evaluation of one question, with the chosen one's meaning under it; "Not yet assessed" stands
 * for no entry in the status map.
 */
export function StatusSelect({ questionNumber, value, disabled, onChange }: TStatusSelectProps) {
  const id = useId();
  const meaningId = `${id}-meaning`;
  const t = useTranslations('checklist');
  const td = useTranslations('domain');
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium text-slate-700">
        {t('evaluation')}
        <span className="sr-only"> {t('ofQuestion', { n: questionNumber })}</span>
      </label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        aria-describedby={value ? meaningId : undefined}
        onChange={(e) => onChange(parseAnswerStatus(e.target.value))}
        className="rounded border border-slate-300 bg-white px-2 py-1 disabled:bg-slate-100 disabled:text-slate-600"
      >
        <option value="">{answerStatusLabel(td, null)}</option>
        {ANSWER_STATUSES.map((s) => (
          <option key={s} value={s}>
            {answerStatusLabel(td, s)}
          </option>
        ))}
      </select>
      {value && (
        <p id={meaningId} className="w-full text-xs text-slate-600" data-testid="evaluation-meaning">
          {answerStatusLabel(td, value)}: {t(`evaluationMeaning.${value}`)}
        </p>
      )}
    </div>
  );
}
