'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useId, useState } from 'react';
import { inputClass } from '@/components/ui/field';
import type { TCitableArea } from './types';

type TCitationPickerProps = {
  areas: readonly TCitableArea[];
  cited: readonly string[];
  /** Accessible context, e.g. "weakness 2". */
  context: string;
  onAdd: (questionKey: string) => void;
};

/** Picks a question to cite, area first then question; only the group's own areas are offered. */
export function CitationPicker({ areas, cited, context, onAdd }: TCitationPickerProps) {
  const t = useTranslations('workshop');
  const ta = useTranslations('checklistAdaptation');
  const id = useId();
  const [areaId, setAreaId] = useState(areas[0]?.id ?? '');
  const [key, setKey] = useState('');
  const area = areas.find((a) => a.id === areaId);
  const questions = area?.questions.filter((q) => !cited.includes(q.key)) ?? [];
  if (areas.length === 0) return <p className="text-sm text-slate-600">{t('noAreasToCite')}</p>;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The options already limit the choice; this guards a stale option after the areas changed.
    if (!questions.some((q) => q.key === key)) return;
    onAdd(key);
    setKey('');
  };
  return (
    <form
      onSubmit={submit}
      aria-label={t('citeIn', { name: context })}
      className="flex flex-wrap items-end gap-2 text-sm"
    >
      <div className="flex min-w-0 max-w-full flex-col gap-1">
        <label htmlFor={`${id}-area`} className="font-medium text-slate-700">
          {t('area')}
        </label>
        <select
          id={`${id}-area`}
          value={areaId}
          onChange={(e) => {
            setAreaId(e.target.value);
            setKey('');
          }}
          className={`${inputClass} max-w-full`}
        >
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex min-w-0 flex-1 basis-48 flex-col gap-1">
        <label htmlFor={`${id}-question`} className="font-medium text-slate-700">
          {t('questionToCite')}
        </label>
        <select
          id={`${id}-question`}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          className={`${inputClass} max-w-full`}
        >
          <option value="">{t('chooseQuestion')}</option>
          {questions.map((q) => (
            <option key={q.key} value={q.key}>
              {q.label}. {q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}
              {q.added && ` (${ta('addedMark')})`}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        disabled={!key}
        className="rounded-md border border-slate-400 bg-white px-3 py-2 font-medium hover:bg-slate-100 disabled:text-slate-400"
      >
        {t('cite')}
      </button>
    </form>
  );
}
