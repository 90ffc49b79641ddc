'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { EditorContent } from '@/components/checklist/editor-content';
import { EditorToolbar } from '@/components/checklist/editor-toolbar';
import type { TCollabUser } from '@/lib/collab/collab-session';
import { useProseMirror } from '@/lib/collab/editor/use-prosemirror';
import { reportSectionFragmentName, type TReportSectionId } from '@/lib/collab/report-layout';
import '@/components/checklist/collab-editor.css';

type TProps = {
  doc: Y.Doc;
  awareness: Awareness;
  user: TCollabUser;
  sectionId: TReportSectionId;
  title: string;
  editable: boolean;
};

/** One narrative section of the report, written together (same editor and schema as the checklist answers). */
export function SectionEditor({ doc, awareness, user, sectionId, title, editable }: TProps) {
  const t = useTranslations('report');
  const fragment = useMemo(() => doc.getXmlFragment(reportSectionFragmentName(sectionId)), [doc, sectionId]);
  const headingId = `report-section-${sectionId}`;
  const editor = useProseMirror({
    fragment,
    awareness,
    user,
    labelledBy: headingId,
    editable,
    minHeightClass: 'min-h-24',
  });
  return (
    <section aria-labelledby={headingId} className="mb-4">
      <h3 id={headingId} className="mb-1 font-semibold">
        {title}
      </h3>
      <div
        className={`rounded-md border ${editable ? 'border-slate-300 bg-white focus-within:border-brand-600 focus-within:ring-2 focus-within:ring-brand-600' : 'border-dashed border-slate-300 bg-slate-50'}`}
      >
        {editor && editable && (
          <EditorToolbar editor={editor} label={t('formatting', { title: title.toLowerCase() })} />
        )}
        {editor ? (
          <EditorContent editor={editor} />
        ) : (
          <div className="min-h-24 px-3 py-2 text-sm text-slate-500">{t('loading')}</div>
        )}
      </div>
    </section>
  );
}
