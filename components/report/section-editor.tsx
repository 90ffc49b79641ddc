'use client';

import { useTranslations } from 'next-intl';
import { EditorContent, useEditor } from '@tiptap/react';
import { useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { EditorToolbar } from '@/components/checklist/editor-toolbar';
import type { TCollabUser } from '@/lib/collab/collab-session';
import { answerEditorExtensions } from '@/lib/collab/editor-extensions';
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
  const { id, name, color } = user;
  const headingId = `report-section-${sectionId}`;
  const editor = useEditor(
    {
      // Never `content`: the text lives in the fragment.
      extensions: answerEditorExtensions({ fragment, awareness, user: { id, name, color } }),
      editable,
      immediatelyRender: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': headingId,
          'aria-readonly': String(!editable),
          class: 'answer-editor min-h-24 px-3 py-2 focus:outline-none',
        },
      },
    },
    [fragment, awareness, id, name, color, editable],
  );
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
