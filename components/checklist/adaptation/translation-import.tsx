'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState } from 'react';
import { sendForm, sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TTranslationImportResponse } from '@/lib/contracts/checklist';
import { useFormat } from '@/lib/i18n/client';

type TTranslation = { language: string; importedAt: string } | null;

/**
 * Facilitators import a translated checklist (JSON or XLSX from the templates). The server checks
 * it question by question and saves nothing when a key is missing, unknown or empty; its refusal
 * names the keys and is shown as it came.
 */
export function TranslationImport({ assessmentId, translation }: { assessmentId: string; translation: TTranslation }) {
  const t = useTranslations('checklistAdaptation');
  const f = useFormat();
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const base = `/api/assessments/${assessmentId}/checklist/translation`;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    setDone(null);
    if (!(file instanceof File) || file.size === 0) return setError(t('chooseFile'));
    setBusy(true);
    setError(null);
    const res = await sendForm<TTranslationImportResponse>(base, 'PUT', form);
    setBusy(false);
    if (!res.ok) return setError(`${t('refused')} ${res.error}`);
    setDone(t('imported', { n: res.data.translation.questions, language: res.data.translation.language }));
    router.refresh();
  }

  async function remove() {
    setDone(null);
    const res = await sendJson(base, 'DELETE');
    if (!res.ok) return setError(res.error);
    setError(null);
    setDone(t('removed'));
    router.refresh();
  }

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
      <form onSubmit={submit} className="grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end" aria-busy={busy}>
        <Field id={`${id}-file`} label={t('fileLabel')}>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="text-sm"
          />
        </Field>
        <Field id={`${id}-lang`} label={t('languageLabel')}>
          <input
            id={`${id}-lang`}
            name="language"
            className={inputClass}
            defaultValue={translation?.language ?? ''}
            autoComplete="off"
          />
        </Field>
        <Button type="submit" disabled={busy}>
          {busy ? t('importing') : t('importSubmit')}
        </Button>
      </form>
      <div className="mt-2 grid gap-2">
        <FormError message={error} />
        <p role="status" className="text-sm text-green-800">
          {busy ? t('importing') : done}
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
