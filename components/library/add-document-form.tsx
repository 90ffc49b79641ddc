'use client';

import { useTranslations } from 'next-intl';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { formDataOf, sendForm, sendJson } from '@/components/ui/api-client';
import { FormField } from '@/components/ui/form-field';
import { inputClass } from '@/components/ui/field';
import { type TSchemaForm, useSchemaForm } from '@/components/ui/use-schema-form';
import type { TDocumentResponse, TLibraryDocument } from '@/lib/contracts/library';
import type { TPerson } from '@/lib/contracts/shared';
import { EMPTY_DOCUMENT, NewDocumentFields, type TNewDocumentValues, metaOf } from './new-document-fields';

type TProps = {
  assessmentId: string;
  canRestrict: boolean;
  members: TPerson[];
  onAdded: (d: TLibraryDocument) => void;
};

/** The values typed so far, kept by the parent: a change between file and link keeps them. */
type TDraft = RefObject<TNewDocumentValues>;

/** The form's values, starting from the draft and written back to it as the member types. */
function useDraftValues(form: TSchemaForm<TNewDocumentValues>['form'], draft: TDraft): void {
  useEffect(() => {
    const { unsubscribe } = form.watch((values) => {
      draft.current = { ...draft.current, ...values, file: null };
    });
    return unsubscribe;
  }, [form, draft]);
}

// The route names a file after itself when its title is left blank. Without a file the request
// stops at the file, as the route's does: its message says what is missing, and a blank title is
// not refused besides.
const UNTITLED = 'untitled';

/** A file, sent as multipart and checked with the route's upload schema (the file chosen, the fields). */
function FileDocumentForm({ assessmentId, canRestrict, members, onAdded, draft }: TProps & { draft: TDraft }) {
  const t = useTranslations('library');
  const schemaForm = useSchemaForm({
    schema: () => import('@/lib/contracts/library').then((m) => m.ZNewDocumentUploadSchema),
    defaultValues: draft.current,
    toRequest: (values: TNewDocumentValues) => {
      const file = values.file?.[0];
      // Absent when none is chosen: the schema says so on the file's field.
      return { ...metaOf(values), title: values.title || (file?.name ?? UNTITLED), file: file as File };
    },
    send: (request) =>
      sendForm<TDocumentResponse>(`/api/assessments/${assessmentId}/documents`, 'POST', formDataOf(request)),
    onSuccess: ({ document }) => onAdded(document),
  });
  useDraftValues(schemaForm.form, draft);
  const source = (
    <FormField form={schemaForm.form} name="file" id="doc-file" label={t('file')} hint={t('fileHint')}>
      {(control) => <input {...control} type="file" required className="text-sm" />}
    </FormField>
  );
  return <NewDocumentFields {...{ schemaForm, source, canRestrict, members }} titleRequired={false} />;
}

/** A link, sent as JSON and checked with the route's link schema (web addresses only). */
function LinkDocumentForm({ assessmentId, canRestrict, members, onAdded, draft }: TProps & { draft: TDraft }) {
  const t = useTranslations('library');
  const schemaForm = useSchemaForm({
    schema: () => import('@/lib/contracts/library').then((m) => m.ZNewDocumentLinkSchema),
    defaultValues: draft.current,
    toRequest: (values: TNewDocumentValues) => ({ ...metaOf(values), title: values.title, url: values.url }),
    send: (request) => sendJson<TDocumentResponse>(`/api/assessments/${assessmentId}/documents`, 'POST', request),
    onSuccess: ({ document }) => onAdded(document),
  });
  useDraftValues(schemaForm.form, draft);
  const source = (
    <FormField form={schemaForm.form} name="url" id="doc-url" label={t('url')}>
      {(control) => <input {...control} type="url" required className={inputClass} placeholder="https://" />}
    </FormField>
  );
  return <NewDocumentFields {...{ schemaForm, source, canRestrict, members }} titleRequired />;
}

/** Adds a file or a link to the library, classified under the guide's list; facilitators may restrict it. */
export function AddDocumentForm(props: TProps) {
  const t = useTranslations('library');
  const [mode, setMode] = useState<'file' | 'link'>('file');
  // Each addition starts a fresh form (its restriction too). A change between file and link
  // builds the other request's form, with what was typed in the fields they share.
  const draft = useRef<TNewDocumentValues>(EMPTY_DOCUMENT);
  const [added, setAdded] = useState(0);
  const onAdded = (document: TLibraryDocument) => {
    draft.current = EMPTY_DOCUMENT;
    setAdded((n) => n + 1);
    props.onAdded(document);
  };
  const Form = mode === 'file' ? FileDocumentForm : LinkDocumentForm;
  return (
    <section aria-labelledby="library-add" className="rounded-md border border-slate-200 bg-white p-3">
      <h3 id="library-add" className="mb-2 text-lg font-semibold">
        {t('add')}
      </h3>
      <fieldset className="mb-3 flex gap-4 text-sm">
        <legend className="sr-only">{t('addWhat')}</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="mode" checked={mode === 'file'} onChange={() => setMode('file')} /> {t('aFile')}
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="mode" checked={mode === 'link'} onChange={() => setMode('link')} /> {t('aLink')}
        </label>
      </fieldset>
      <Form key={`${mode}-${added}`} {...props} onAdded={onAdded} draft={draft} />
    </section>
  );
}
