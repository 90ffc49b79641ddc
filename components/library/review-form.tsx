'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TDocumentResponse, TLibraryDocument } from '@/lib/contracts/library';
import type { TTargetOption } from './library-view';

/** The reviewer's short summary and the areas and questions the document informs. */
export function ReviewForm({
  url,
  doc,
  targets,
  onSaved,
}: {
  url: string;
  doc: TLibraryDocument;
  targets: TTargetOption[];
  onSaved: (d: TLibraryDocument) => void;
}) {
  const t = useTranslations('library');
  const [chosen, setChosen] = useState<string[]>(doc.targets);
  const [pick, setPick] = useState('');
  const [error, setError] = useState<string | null>(null);
  const groups = [...new Set(targets.map((x) => x.group))];
  const labelOf = (v: string) => targets.find((x) => x.value === v)?.label ?? v;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = new FormData(e.currentTarget).get('summary');
    const summary = typeof value === 'string' ? value : '';
    const res = await sendJson<TDocumentResponse>(url, 'PUT', { summary, targets: chosen });
    if (!res.ok) return setError(res.error);
    onSaved(res.data.document);
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="mt-3 grid max-w-2xl gap-3 border-t border-slate-200 pt-3"
      aria-label={t('reviewOf', { title: doc.title })}
    >
      <FormError message={error} />
      <Field id={`${doc.id}-summary`} label={t('summary')} hint={t('summaryHint')}>
        <textarea
          id={`${doc.id}-summary`}
          name="summary"
          rows={4}
          maxLength={4000}
          defaultValue={doc.summary}
          className={inputClass}
        />
      </Field>
      <div className="grid gap-1">
        <label htmlFor={`${doc.id}-target`} className="text-sm font-medium">
          {t('linkTo')}
        </label>
        <div className="flex flex-wrap gap-2">
          <select
            id={`${doc.id}-target`}
            value={pick}
            onChange={(e) => setPick(e.target.value)}
            className={`${inputClass} max-w-md`}
          >
            <option value="">{t('chooseTarget')}</option>
            {groups.map((g) => (
              <optgroup key={g} label={g}>
                {targets
                  .filter((x) => x.group === g)
                  .map((x) => (
                    <option key={x.value} value={x.value} disabled={chosen.includes(x.value)}>
                      {x.label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <Button
            variant="secondary"
            disabled={!pick}
            onClick={() => {
              setChosen((c) => [...c, pick]);
              setPick('');
            }}
          >
            {t('addLink')}
          </Button>
        </div>
        {chosen.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noLinks')}</p>
        ) : (
          <ul className="grid gap-1 text-sm" aria-label={t('linkedTo')}>
            {chosen.map((v) => (
              <li key={v} className="flex items-center gap-2">
                <span>{labelOf(v)}</span>
                <button
                  type="button"
                  className="text-xs text-red-800 underline"
                  onClick={() => setChosen((c) => c.filter((x) => x !== v))}
                  aria-label={t('unlink', { target: labelOf(v) })}
                >
                  {t('unlinkShort')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <Button type="submit">{t('saveSummary')}</Button>
      </div>
    </form>
  );
}
