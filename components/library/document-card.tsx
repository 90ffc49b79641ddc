'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TDocumentVisibility } from '@/lib/domain/library/library-access';
import { BACKGROUND_DOCUMENT_KINDS, backgroundDocumentKindTitle } from '@/lib/idg/background-documents';
import { useFormat } from '@/lib/i18n/client';
import type { TDocumentResponse, TLibraryDocument } from '@/lib/contracts/library';
import type { TPerson } from '@/lib/contracts/shared';
import type { TTargetOption } from './library-view';
import { ReviewForm } from './review-form';
import { VisibilityFields } from './visibility-fields';

type TProps = {
  assessmentId: string;
  doc: TLibraryDocument;
  me: string;
  canManage: boolean;
  isFacilitator: boolean;
  members: TPerson[];
  targets: TTargetOption[];
  onChange: (d: TLibraryDocument) => void;
  onRemoved: () => void;
};

/**
 * One background document: what it is, who reviews it, its summary and what it informs, with the
 * actions the member may take.
 */
export function DocumentCard({
  assessmentId,
  doc,
  me,
  canManage,
  isFacilitator,
  members,
  targets,
  onChange,
  onRemoved,
}: TProps) {
  const t = useTranslations('library');
  const f = useFormat();
  const [open, setOpen] = useState<'manage' | 'review' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/assessments/${assessmentId}/documents/${doc.id}`;
  const canReview = doc.reviewer?.id === me || isFacilitator;
  const canRemove = doc.addedBy.id === me || canManage;
  const labelOf = (target: string) => targets.find((x) => x.value === target)?.label ?? target;
  const visibilityLabel: Record<TDocumentVisibility, string> = {
    members: t('visibleMembers'),
    leads: t('visibleLeads'),
    named: t('visibleNamed'),
  };
  const headingId = `doc-${doc.id}`;

  const manage = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const chosen = data.get('visibility');
    const visibility = (typeof chosen === 'string' ? chosen : doc.visibility) as TDocumentVisibility;
    const res = await sendJson<TDocumentResponse>(base, 'PATCH', {
      category: data.get('category'),
      visibility,
      readerIds: visibility === 'named' ? data.getAll('readerIds') : [],
      reviewerId: data.get('reviewerId') || null,
    });
    if (!res.ok) return setError(res.error);
    setError(null);
    setOpen(null);
    onChange(res.data.document);
  };
  const remove = async () => {
    if (!window.confirm(t('confirmRemove', { title: doc.title }))) return;
    const res = await sendJson(base, 'DELETE');
    if (!res.ok) return setError(res.error);
    onRemoved();
  };

  return (
    <li className="rounded-md border border-slate-200 bg-white p-3" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h4 id={headingId} className="font-semibold">
            {doc.kind === 'file' ? (
              <a href={`${base}/file`} className="text-brand-700 underline">
                {doc.title}
              </a>
            ) : (
              <a href={doc.url ?? '#'} className="text-brand-700 underline" target="_blank" rel="noopener noreferrer">
                {doc.title}
              </a>
            )}
          </h4>
          <p className="text-xs text-slate-600">
            {backgroundDocumentKindTitle(doc.category)}
            {' · '}
            {doc.kind === 'file'
              ? t('fileInfo', { name: doc.fileName ?? '', size: Math.max(1, Math.round((doc.sizeBytes ?? 0) / 1024)) })
              : t('linkInfo')}
            {' · '}
            {t('addedBy', { name: doc.addedBy.name, date: f.date(doc.createdAt) })}
          </p>
        </div>
        {doc.visibility !== 'members' && (
          <span className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">
            {visibilityLabel[doc.visibility]}
          </span>
        )}
      </div>
      <p className="mt-1 text-sm">{doc.reviewer ? t('reviewer', { name: doc.reviewer.name }) : t('noReviewer')}</p>
      {doc.summary ? (
        <div className="mt-1 text-sm">
          <p className="whitespace-pre-wrap">{doc.summary}</p>
          {doc.summaryBy && doc.summaryAt && (
            <p className="text-xs text-slate-600">
              {t('summaryBy', { name: doc.summaryBy.name, date: f.date(doc.summaryAt) })}
            </p>
          )}
        </div>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t('noSummary')}</p>
      )}
      {doc.targets.length > 0 && (
        <div className="mt-1 text-sm">
          <span className="font-medium">{t('informs')}</span>
          <ul className="ml-4 list-disc">
            {doc.targets.map((x) => (
              <li key={x}>{labelOf(x)}</li>
            ))}
          </ul>
        </div>
      )}
      <FormError message={error} />
      <div className="mt-2 flex flex-wrap gap-2">
        {canReview && (
          <Button
            variant="secondary"
            aria-expanded={open === 'review'}
            onClick={() => setOpen(open === 'review' ? null : 'review')}
          >
            {t('writeSummary')}
          </Button>
        )}
        {canManage && (
          <Button
            variant="secondary"
            aria-expanded={open === 'manage'}
            onClick={() => setOpen(open === 'manage' ? null : 'manage')}
          >
            {t('classify')}
          </Button>
        )}
        {canRemove && (
          <Button variant="danger" onClick={() => void remove()}>
            {t('remove')}
          </Button>
        )}
      </div>
      {open === 'review' && (
        <ReviewForm
          url={`${base}/review`}
          doc={doc}
          targets={targets}
          onSaved={(d) => {
            setOpen(null);
            onChange(d);
          }}
        />
      )}
      {open === 'manage' && (
        <form
          onSubmit={(e) => void manage(e)}
          className="mt-3 grid max-w-2xl gap-3 border-t border-slate-200 pt-3"
          aria-label={t('classifyDoc', { title: doc.title })}
        >
          <Field id={`${doc.id}-category`} label={t('kind')}>
            <select id={`${doc.id}-category`} name="category" defaultValue={doc.category} className={inputClass}>
              {BACKGROUND_DOCUMENT_KINDS.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.title}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${doc.id}-reviewer`} label={t('reviewerLabel')}>
            <select
              id={`${doc.id}-reviewer`}
              name="reviewerId"
              defaultValue={doc.reviewer?.id ?? ''}
              className={inputClass}
            >
              <option value="">{t('nobody')}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </Field>
          <VisibilityFields idPrefix={doc.id} members={members} visibility={doc.visibility} readerIds={doc.readerIds} />
          <div>
            <Button type="submit">{t('saveChanges')}</Button>
          </div>
        </form>
      )}
    </li>
  );
}
