'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { sendForm, sendJson, type TApiResult } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { BACKGROUND_DOCUMENT_KINDS } from '@/lib/idg/background-documents';
import type { TLibraryDocument } from '@/lib/contracts/library';
import type { TPerson } from '@/lib/contracts/shared';
import { VisibilityFields } from './visibility-fields';

/** Adds a file or a link to the library, classified under the guide's list; facilitators may restrict it. */
export function AddDocumentForm({
  assessmentId,
  canRestrict,
  members,
  onAdded,
}: {
  assessmentId: string;
  canRestrict: boolean;
  members: TPerson[];
  onAdded: (d: TLibraryDocument) => void;
}) {
  const t = useTranslations('library');
  const [mode, setMode] = useState<'file' | 'link'>('file');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setBusy(true);
    const url = `/api/assessments/${assessmentId}/documents`;
    const res: TApiResult<{ document: TLibraryDocument }> =
      mode === 'file'
        ? await sendForm(url, 'POST', data)
        : await sendJson(url, 'POST', {
            title: data.get('title'),
            category: data.get('category'),
            url: data.get('url'),
            visibility: data.get('visibility') ?? 'members',
            readerIds: data.getAll('readerIds'),
          });
    setBusy(false);
    if (!res.ok) {
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      return;
    }
    setError(null);
    setFieldErrors({});
    form.reset();
    onAdded(res.data.document);
  };

  return (
    <section aria-labelledby="library-add" className="rounded-md border border-slate-200 bg-white p-3">
      <h3 id="library-add" className="mb-2 text-lg font-semibold">
        {t('add')}
      </h3>
      <form onSubmit={(e) => void submit(e)} className="grid max-w-2xl gap-3" aria-busy={busy}>
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">{t('addWhat')}</legend>
          <label className="flex items-center gap-1">
            <input type="radio" name="mode" checked={mode === 'file'} onChange={() => setMode('file')} /> {t('aFile')}
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="mode" checked={mode === 'link'} onChange={() => setMode('link')} /> {t('aLink')}
          </label>
        </fieldset>
        <FormError message={error} />
        {mode === 'file' ? (
          <Field id="doc-file" label={t('file')} hint={t('fileHint')} errors={fieldErrors.file}>
            <input
              id="doc-file"
              name="file"
              type="file"
              required
              className="text-sm"
              aria-invalid={Boolean(fieldErrors.file)}
            />
          </Field>
        ) : (
          <Field id="doc-url" label={t('url')} errors={fieldErrors.url}>
            <input
              id="doc-url"
              name="url"
              type="url"
              required
              className={inputClass}
              placeholder="https://"
              aria-invalid={Boolean(fieldErrors.url)}
            />
          </Field>
        )}
        <Field id="doc-title" label={t('docTitle')} errors={fieldErrors.title}>
          <input id="doc-title" name="title" required={mode === 'link'} maxLength={200} className={inputClass} />
        </Field>
        <Field id="doc-category" label={t('kind')} errors={fieldErrors.category}>
          <select id="doc-category" name="category" required className={inputClass} defaultValue="">
            <option value="" disabled>
              {t('chooseKind')}
            </option>
            {BACKGROUND_DOCUMENT_KINDS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.title}
              </option>
            ))}
          </select>
        </Field>
        {canRestrict && <VisibilityFields idPrefix="new-doc" members={members} visibility="members" readerIds={[]} />}
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? t('adding') : t('addButton')}
          </Button>
        </div>
      </form>
    </section>
  );
}
