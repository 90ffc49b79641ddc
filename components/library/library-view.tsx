'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TPerson } from '@/lib/contracts/shared';
import { libraryCoverage } from '@/lib/domain/library/library-coverage';
import type { TLibraryDocument } from '@/lib/contracts/library';
import { AddDocumentForm } from './add-document-form';
import { CoverageTable } from './coverage-table';
import { DocumentCard } from './document-card';

export type TTargetOption = { value: string; label: string; group: string };

type TProps = {
  assessmentId: string;
  initial: TLibraryDocument[];
  me: string;
  canAdd: boolean;
  canManage: boolean;
  isFacilitator: boolean;
  members: TPerson[];
  targets: TTargetOption[];
};

/** The step 3 library: coverage of the guide's list, adding documents, and each document with its review. */
export function LibraryView({ assessmentId, initial, me, canAdd, canManage, isFacilitator, members, targets }: TProps) {
  const t = useTranslations('library');
  const [docs, setDocs] = useState(initial);
  const [announce, setAnnounce] = useState('');
  const replace = (doc: TLibraryDocument) => setDocs((all) => all.map((d) => (d.id === doc.id ? doc : d)));
  return (
    <div className="grid grid-cols-1 gap-6">
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      <CoverageTable rows={libraryCoverage(docs)} />
      {canAdd && (
        <AddDocumentForm
          assessmentId={assessmentId}
          canRestrict={canManage}
          members={members}
          onAdded={(doc) => {
            setDocs((all) => [...all, doc]);
            setAnnounce(t('added', { title: doc.title }));
          }}
        />
      )}
      <section aria-labelledby="library-documents">
        <h3 id="library-documents" className="mb-2 text-lg font-semibold">
          {t('documents', { n: docs.length })}
        </h3>
        {docs.length === 0 ? (
          <p className="text-sm text-slate-700">{t('empty')}</p>
        ) : (
          <ul className="grid gap-3">
            {docs.map((d) => (
              <DocumentCard
                key={d.id}
                assessmentId={assessmentId}
                doc={d}
                me={me}
                canManage={canManage}
                isFacilitator={isFacilitator}
                members={members}
                targets={targets}
                onChange={replace}
                onRemoved={() => {
                  setDocs((all) => all.filter((x) => x.id !== d.id));
                  setAnnounce(t('removed', { title: d.title }));
                }}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
