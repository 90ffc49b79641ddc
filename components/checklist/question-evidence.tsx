'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import type { TEvidence, TEvidenceResponse } from '@/lib/contracts/checklist';
import { sendForm, sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { useFormat } from '@/lib/i18n/client';
import { useDiscussion } from './discussion-context';

/** Links and files supporting one question's answer, with who added them and when. */
export function QuestionEvidence({ questionKey }: { questionKey: string }) {
  const t = useTranslations('checklist');
  const f = useFormat();
  const formatSize = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('sizeKb', { n: Math.ceil(bytes / 1024) })
      : t('sizeMb', { n: f.number(bytes / 1048576, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) });
  const { assessmentId, me, canAddEvidence, isFacilitator, evidenceOf, addEvidence, removeEvidence } = useDiscussion();
  const items = evidenceOf(questionKey);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const base = `/api/assessments/${assessmentId}`;
  const idBase = `evidence-${questionKey}`;

  async function addLink(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    setBusy(t('addingLink'));
    const res = await sendJson<TEvidenceResponse>(`${base}/questions/${questionKey}/evidence`, 'POST', {
      title: form.get('title'),
      url: form.get('url'),
    });
    setBusy(null);
    if (!res.ok) return setError(Object.values(res.fieldErrors).flat()[0] ?? res.error);
    addEvidence(res.data.evidence);
    setError(null);
    formEl.reset();
  }

  async function upload(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    setBusy(t('uploading'));
    const res = await sendForm<TEvidenceResponse>(
      `${base}/questions/${questionKey}/evidence`,
      'POST',
      new FormData(formEl),
    );
    setBusy(null);
    if (!res.ok) return setError(Object.values(res.fieldErrors).flat()[0] ?? res.error);
    addEvidence(res.data.evidence);
    setError(null);
    formEl.reset();
  }

  async function remove(item: TEvidence) {
    if (!window.confirm(t('confirmRemove', { title: item.title }))) return;
    const res = await sendJson(`${base}/evidence/${item.id}`, 'DELETE');
    if (!res.ok) return setError(res.error);
    removeEvidence(item.id);
  }

  return (
    <div className="grid gap-2">
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noEvidence')}</p>
      ) : (
        <ul className="grid gap-1 text-sm" aria-label={t('evidenceList')}>
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center gap-2">
              <span aria-hidden="true">{item.kind === 'link' ? '🔗' : '📄'}</span>
              {item.kind === 'link' ? (
                <a
                  href={item.url ?? '#'}
                  target="_blank"
                  rel="noopener noreferrer nofollow"
                  className="text-brand-700 underline"
                >
                  {item.title}
                </a>
              ) : (
                <a
                  href={`${base}/evidence/${item.id}`}
                  className="text-brand-700 underline"
                  download={item.fileName ?? undefined}
                >
                  {item.title}
                </a>
              )}
              <span className="text-xs text-slate-600">
                {item.sizeBytes !== null && `${formatSize(item.sizeBytes)} · `}
                {t('addedBy', { name: item.addedBy.name, date: f.date(item.createdAt) })}
              </span>
              {(item.addedBy.id === me.id || isFacilitator) && (
                <Button variant="secondary" className="!px-2 !py-0.5 text-xs" onClick={() => void remove(item)}>
                  {t('remove')}
                  <span className="sr-only"> {item.title}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {busy && (
        <p role="status" className="text-sm text-slate-700">
          {busy}
        </p>
      )}
      {canAddEvidence && (
        <div className="grid gap-3 md:grid-cols-2">
          <form onSubmit={(e) => void addLink(e)} className="grid gap-1" aria-label={t('addLinkForm')}>
            <label htmlFor={`${idBase}-title`} className="text-xs font-medium">
              {t('linkTitle')}
            </label>
            <input id={`${idBase}-title`} name="title" className={inputClass} />
            <label htmlFor={`${idBase}-url`} className="text-xs font-medium">
              {t('webAddress')}
            </label>
            <input id={`${idBase}-url`} name="url" type="url" placeholder="https://" className={inputClass} />
            <Button type="submit" variant="secondary" disabled={Boolean(busy)} className="!py-1">
              {t('addLink')}
            </Button>
          </form>
          <form onSubmit={(e) => void upload(e)} className="grid gap-1" aria-label={t('uploadForm')}>
            <label htmlFor={`${idBase}-file`} className="text-xs font-medium">
              {t('fileLabel')}
            </label>
            <input id={`${idBase}-file`} name="file" type="file" required className="text-sm" />
            <label htmlFor={`${idBase}-file-title`} className="text-xs font-medium">
              {t('fileTitle')}
            </label>
            <input id={`${idBase}-file-title`} name="title" className={inputClass} />
            <Button type="submit" variant="secondary" disabled={Boolean(busy)} className="!py-1">
              {t('upload')}
            </Button>
          </form>
        </div>
      )}
    </div>
  );
}
