'use client';

import { useTranslations } from 'next-intl';
import type { TEffectiveQuestion } from '@/lib/domain/checklist/checklist-adaptation';
import { AddedMark } from './added-mark';
import { useChecklistAdaptation } from './adaptation-context';

/**
 * A question's number and text as this member chose to read it: the guide's English, the
 * imported translation under it, or the translation alone (English where a text has none).
 */
export function QuestionText({
  question,
  id,
}: {
  question: Pick<TEffectiveQuestion, 'label' | 'text' | 'added' | 'translation' | 'footnote'>;
  id: string;
}) {
  const { view, language } = useChecklistAdaptation();
  const t = useTranslations('checklistAdaptation');
  const tNotes = useTranslations('guideNotes');
  const note = question.footnote;
  const translated = view !== 'english' && question.translation ? question.translation : null;
  const primary = view === 'instead' && translated ? translated : question.text;
  return (
    <div>
      <p id={id}>
        <span className="mr-2 font-semibold tabular-nums">{question.label}.</span>
        <span lang={view === 'instead' && translated ? (language ?? undefined) : 'en'}>{primary}</span>
        {note && (
          <sup className="ml-0.5">
            <a href={`#${id}-note`} aria-label={tNotes('footnote', { number: note.number })}>
              {note.number}
            </a>
          </sup>
        )}
        {question.added && <AddedMark />}
      </p>
      {note && (
        <p id={`${id}-note`} lang="en" className="mt-1 text-xs text-slate-600">
          <sup className="mr-0.5">{note.number}</sup>
          {note.text}
        </p>
      )}
      {view === 'beside' && translated && (
        <p lang={language ?? undefined} className="mt-1 border-l-2 border-slate-400 pl-2 text-slate-800">
          <span className="sr-only">{t('translationOf', { language: language ?? '' })}: </span>
          {translated}
        </p>
      )}
    </div>
  );
}

/** The member's choice of how to read a translated checklist; nothing when there is no translation. */
export function TranslationViewToggle() {
  const { view, setView, language } = useChecklistAdaptation();
  const t = useTranslations('checklistAdaptation');
  if (!language) return null;
  const options = [
    { value: 'english', label: t('viewEnglish') },
    { value: 'beside', label: t('viewBeside') },
    { value: 'instead', label: t('viewInstead') },
  ] as const;
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <legend className="float-left mr-3 font-medium text-slate-700">
        {t('viewLabel')} ({language})
      </legend>
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-1">
          <input
            type="radio"
            name="translation-view"
            value={o.value}
            checked={view === o.value}
            onChange={() => setView(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
