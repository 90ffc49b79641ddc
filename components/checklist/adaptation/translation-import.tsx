'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { formDataOf, sendForm, sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { FormField } from '@/components/ui/form-field';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import type { TTranslationImportResponse } from '@/lib/contracts/checklist';
import { useFormat } from '@/lib/i18n/client';

type TTranslation = { language: string; importedAt: string } | null;

/** What the facilitator chooses: the file, and the language unless the file gives it. */
type TImportValues = { file: FileList | null; language: string };

// Of a refusal, the fields show the file's and the language's messages; its lists of keys
// (missing, unknown, empty, duplicate) are named in the refusal itself, twenty of each at most,
// and in full they would bury it.
const FIELDS = new Set(['file', 'language']);

/**
 * Facilitators import a translated checklist (JSON or XLSX from the templates). The form checks
 * that a file is chosen and the language's form (the route's multipart schema); the server checks
 * the file question by question and saves nothing when a key is missing, unknown or empty; its
 * refusal names the keys.
 */
export function TranslationImport({ assessmentId, translation }: { assessmentId: string; translation: TTranslation }) {
  const t = useTranslations('checklistAdaptation');
  const f = useFormat();
  const router = useRouter();
  const id = useId();
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const base = `/api/assessments/${assessmentId}/checklist/translation`;
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/checklist').then((m) => m.ZTranslationUploadSchema),
    defaultValues: { file: null, language: translation?.language ?? '' },
    toRequest: ({ file, language }: TImportValues) => ({
      // Absent when none is chosen: the schema says so on the file's field.
      file: file?.[0] as File,
      language: language.trim() || undefined,
    }),
    send: async (request) => {
      setDone(null);
      setRemoveError(null);
      const res = await sendForm<TTranslationImportResponse>(base, 'PUT', formDataOf(request));
      if (res.ok) return res;
      return {
        ...res,
        fieldErrors: Object.fromEntries(Object.entries(res.fieldErrors).filter(([k]) => FIELDS.has(k))),
      };
    },
    onSuccess: ({ translation: imported }) => {
      setDone(t('imported', { n: imported.questions, language: imported.language }));
      router.refresh();
    },
  });

  async function remove() {
    setDone(null);
    const res = await sendJson(base, 'DELETE');
    if (!res.ok) return setRemoveError(res.error);
    setRemoveError(null);
    setDone(t('removed'));
    router.refresh();
  }
  // Whatever stopped the import, nothing of it was saved: the alert says so first.
  const error = formError ? `${t('refused')} ${formError}` : removeError;

  return (
    <section aria-labelledby={`${id}-h`} className="mb-4 rounded-lg border border-slate-200 bg-white p-3">
      <h3 id={`${id}-h`} className="mb-1 font-semibold">
        {t('translationHeading')}
      </h3>
      <p className="mb-2 text-sm text-slate-700">
        {translation
          ? t('translationCurrent', { language: translation.language, when: f.dateTime(translation.importedAt) })
          : t('translationNone')}
      </p>
      <p className="mb-2 text-sm text-slate-700">
        {t('templates')}{' '}
        <a className="text-brand-700 underline" href={`${base}/template?format=xlsx`} download>
          {t('templateXlsx')}
        </a>
        {' · '}
        <a className="text-brand-700 underline" href={`${base}/template?format=json`} download>
          {t('templateJson')}
        </a>
      </p>
      <form {...formProps} className="grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end" aria-busy={pending}>
        <FormField form={form} name="file" id={`${id}-file`} label={t('fileLabel')}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="text-sm"
            />
          )}
        </FormField>
        <FormField form={form} name="language" id={`${id}-lang`} label={t('languageLabel')}>
          {(control) => <input {...control} className={inputClass} autoComplete="off" />}
        </FormField>
        <Button type="submit" disabled={pending}>
          {pending ? t('importing') : t('importSubmit')}
        </Button>
      </form>
      <div className="mt-2 grid gap-2">
        <FormError message={error} />
        <p role="status" className="text-sm text-green-800">
          {pending ? t('importing') : done}
        </p>
        {translation && (
          <div>
            <Button variant="danger" onClick={() => void remove()}>
              {t('removeTranslation')}
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}
