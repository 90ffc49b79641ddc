'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import type { TSurveyQuestion, TSurveyQuestionType } from '@/lib/domain/surveys/survey-schema';

type TProps = {
  index: number;
  count: number;
  question: TSurveyQuestion;
  onChange: (q: TSurveyQuestion) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** Turns a question into another type, keeping its id, text and whether it is required. */
function retype(q: TSurveyQuestion, type: TSurveyQuestionType): TSurveyQuestion {
  const common = { id: q.id, text: q.text, required: q.required };
  if (type === 'scale') return { ...common, type, points: 5, minLabel: '', maxLabel: '' };
  if (type === 'text') return { ...common, type };
  return {
    ...common,
    type,
    options: q.type === 'single' || q.type === 'multiple' ? q.options : ['', ''],
    grouping: false,
  };
}

/**
 * One question of the builder: type, text, required, and its scale or options; a single choice may group the results.
 */
export function QuestionEditor({ index, count, question: q, onChange, onMove, onRemove }: TProps) {
  const t = useTranslations('surveys');
  const id = (k: string) => `${q.id}-${k}`;
  const typeLabel: Record<TSurveyQuestionType, string> = {
    scale: t('typeScale'),
    single: t('typeSingle'),
    multiple: t('typeMultiple'),
    text: t('typeText'),
  };
  return (
    <li
      className="grid gap-2 rounded-md border border-slate-200 bg-white p-3"
      aria-label={t('questionN', { n: index + 1 })}
    >
      <div className="flex flex-wrap items-end gap-3">
        <Field id={id('type')} label={t('questionType')}>
          <select
            id={id('type')}
            value={q.type}
            onChange={(e) => onChange(retype(q, e.target.value as TSurveyQuestionType))}
            className={inputClass}
          >
            {(Object.keys(typeLabel) as TSurveyQuestionType[]).map((k) => (
              <option key={k} value={k}>
                {typeLabel[k]}
              </option>
            ))}
          </select>
        </Field>
        <label className="flex items-center gap-1 text-sm">
          <input
            type="checkbox"
            checked={q.required}
            onChange={(e) => onChange({ ...q, required: e.target.checked })}
          />{' '}
          {t('required')}
        </label>
        {q.type === 'single' && (
          <label className="flex items-center gap-1 text-sm">
            <input
              type="checkbox"
              checked={q.grouping}
              onChange={(e) => onChange({ ...q, grouping: e.target.checked })}
            />{' '}
            {t('grouping')}
          </label>
        )}
      </div>
      <Field id={id('text')} label={t('questionText', { n: index + 1 })}>
        <textarea
          id={id('text')}
          value={q.text}
          onChange={(e) => onChange({ ...q, text: e.target.value })}
          rows={2}
          maxLength={500}
          className={inputClass}
        />
      </Field>
      {q.type === 'scale' && (
        <div className="flex flex-wrap gap-3">
          <Field id={id('points')} label={t('points')}>
            <input
              id={id('points')}
              type="number"
              min={3}
              max={10}
              value={q.points}
              onChange={(e) => onChange({ ...q, points: Number(e.target.value) })}
              className={`${inputClass} w-20`}
            />
          </Field>
          <Field id={id('min')} label={t('minLabel')}>
            <input
              id={id('min')}
              value={q.minLabel}
              onChange={(e) => onChange({ ...q, minLabel: e.target.value })}
              maxLength={80}
              className={inputClass}
            />
          </Field>
          <Field id={id('max')} label={t('maxLabel')}>
            <input
              id={id('max')}
              value={q.maxLabel}
              onChange={(e) => onChange({ ...q, maxLabel: e.target.value })}
              maxLength={80}
              className={inputClass}
            />
          </Field>
        </div>
      )}
      {(q.type === 'single' || q.type === 'multiple') && (
        <Field id={id('options')} label={t('options')} hint={t('optionsHint')}>
          <textarea
            id={id('options')}
            value={q.options.join('\n')}
            onChange={(e) => onChange({ ...q, options: e.target.value.split('\n') })}
            rows={Math.max(3, q.options.length)}
            className={inputClass}
          />
        </Field>
      )}
      <div className="flex gap-2">
        <Button
          variant="secondary"
          disabled={index === 0}
          onClick={() => onMove(-1)}
          aria-label={t('moveUp', { n: index + 1 })}
        >
          ↑
        </Button>
        <Button
          variant="secondary"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
          aria-label={t('moveDown', { n: index + 1 })}
        >
          ↓
        </Button>
        <Button variant="danger" disabled={count === 1} onClick={onRemove}>
          {t('removeQuestion')}
        </Button>
      </div>
    </li>
  );
}
