'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { TCollabUser } from '@/lib/collab/collab-session';
import { answerFragmentName } from '@/lib/collab/layout';
import { useProseMirror } from '@/lib/collab/editor/use-prosemirror';
import { EditorContent } from './editor-content';
import { EditorToolbar } from './editor-toolbar';
import './collab-editor.css';

type TAnswerEditorProps = {
  doc: Y.Doc;
  awareness: Awareness;
  user: TCollabUser;
  questionKey: string;
  /** Accessible name of the answer, e.g. "Answer to question 20". */
  label: string;
  /** Accessible name of its formatting toolbar. */
  toolbarLabel: string;
  editable: boolean;
  onFocusChange: (focused: boolean) => void;
};

/** The collaborative rich-text answer to one question, bound to its fragment of the area's document. */
export function AnswerEditor({
  doc,
  awareness,
  user,
  questionKey,
  label,
  toolbarLabel,
  editable,
  onFocusChange,
}: TAnswerEditorProps) {
  const t = useTranslations('checklist');
  const fragment = useMemo(() => doc.getXmlFragment(answerFragmentName(questionKey)), [doc, questionKey]);
  const editor = useProseMirror({
    fragment,
    awareness,
    user,
    label,
    editable,
    minHeightClass: 'min-h-16',
    onFocusChange,
  });

  return (
    <div
      className={`rounded-md border ${editable ? 'border-slate-300 bg-white focus-within:border-brand-600 focus-within:ring-2 focus-within:ring-brand-600' : 'border-dashed border-slate-300 bg-slate-50'}`}
    >
      {editor && editable && <EditorToolbar editor={editor} label={toolbarLabel} />}
      {!editable && (
        <p className="border-b border-dashed border-slate-300 px-3 py-1 text-xs font-medium text-slate-600">
          {t('readOnly')}
        </p>
      )}
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        <div className="min-h-16 px-3 py-2 text-sm text-slate-500">{t('loadingAnswer')}</div>
      )}
    </div>
  );
}
