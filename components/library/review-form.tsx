'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { useSchemaForm } from '@/components/ui/use-schema-form';
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
  const [pick, setPick] = useState('');
  const { form, formProps, formError } = useSchemaForm({
    schema: () => import('@/lib/contracts/library').then((m) => m.ZDocumentReviewSchema),
    defaultValues: { summary: doc.summary, targets: doc.targets },
    send: (values) => sendJson<TDocumentResponse>(url, 'PUT', values),
    onSuccess: (data) => onSaved(data.document),
  });
  // The links are chosen with the picker below, not typed: a value of the form without a control.
  const chosen = form.watch('targets');
  const setChosen = (targets: string[]) => form.setValue('targets', targets);
  const groups = [...new Set(targets.map((x) => x.group))];
  const labelOf = (v: string) => targets.find((x) => x.value === v)?.label ?? v;

  return (
    <form
      {...formProps}
      className="mt-3 grid max-w-2xl gap-3 border-t border-slate-200 pt-3"
      aria-label={t('reviewOf', { title: doc.title })}
    >
      <FormError message={formError} />
      <FormField form={form} name="summary" id={`${doc.id}-summary`} label={t('summary')} hint={t('summaryHint')}>
        {(control) => <textarea {...control} rows={4} maxLength={4000} className={inputClass} />}
      </FormField>
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
              setChosen([...chosen, pick]);
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
                  onClick={() => setChosen(chosen.filter((x) => x !== v))}
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
