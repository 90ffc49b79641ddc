'use client';

import { useTranslations } from 'next-intl';
import type { TMessageKey } from '@/lib/i18n/messages';

/** Which questions the list shows. */
export type TQuestionFilter = 'all' | 'unanswered' | 'action-required' | 'mine';

const OPTIONS = [
  { value: 'all', label: 'filterAll' },
  { value: 'unanswered', label: 'filterUnanswered' },
  { value: 'action-required', label: 'filterActionRequired' },
  { value: 'mine', label: 'filterMine' },
] as const satisfies readonly { value: TQuestionFilter; label: TMessageKey<'checklist'> }[];

/** The filter as a radio group: arrow keys move between options, as a native group does. */
export function QuestionFilter({
  value,
  counts,
  onChange,
}: {
  value: TQuestionFilter;
  counts: Record<TQuestionFilter, number>;
  onChange: (v: TQuestionFilter) => void;
}) {
  const t = useTranslations('checklist');
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <legend className="float-left mr-3 font-medium text-slate-700">{t('show')}</legend>
      {OPTIONS.map((o) => (
        <label key={o.value} className="flex items-center gap-1">
          <input
            type="radio"
            name="question-filter"
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {t(o.label)} ({counts[o.value]})
        </label>
      ))}
    </fieldset>
  );
}

/** Whether a question passes the filter. */
export function passesFilter(
  filter: TQuestionFilter,
  q: { answered: boolean; actionRequired: boolean; mine: boolean },
): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unanswered':
      return !q.answered;
    case 'action-required':
      return q.actionRequired;
    case 'mine':
      return q.mine;
  }
}
