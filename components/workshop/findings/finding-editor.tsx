'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { EditorContent } from '@/components/checklist/editor-content';
import { EditorToolbar } from '@/components/checklist/editor-toolbar';
import type { TCollabUser } from '@/lib/collab/collab-session';
import { findingFragmentName } from '@/lib/collab/findings-layout';
import { useProseMirror } from '@/lib/collab/editor/use-prosemirror';
import '@/components/checklist/collab-editor.css';

type TFindingEditorProps = {
  doc: Y.Doc;
  awareness: Awareness;
  user: TCollabUser;
  findingId: string;
  /** Accessible name, e.g. "Text of weakness 2". */
  label: string;
  editable: boolean;
  autoFocus?: boolean;
  onFocusChange?: (focused: boolean) => void;
};

/**
 * The collaborative rich text of one finding, bound to its own top-level fragment with the one
 * shared schema, through the same hook as the checklist's answers.
 */
export function FindingEditor({
  doc,
  awareness,
  user,
  findingId,
  label,
  editable,
  autoFocus = false,
  onFocusChange,
}: TFindingEditorProps) {
  const t = useTranslations('workshop');
  const fragment = useMemo(() => doc.getXmlFragment(findingFragmentName(findingId)), [doc, findingId]);
  const editor = useProseMirror({
    fragment,
    awareness,
    user,
    label,
    editable,
    autoFocus,
    minHeightClass: 'min-h-12',
    onFocusChange,
  });

  if (!editable) {
    return (
      <div className="rounded-md bg-slate-50">
        {editor ? (
          <EditorContent editor={editor} />
        ) : (
          <p className="px-3 py-2 text-sm text-slate-600">{t('loading')}</p>
        )}
      </div>
    );
  }
  return (
    <div className="rounded-md border border-slate-300 bg-white focus-within:border-brand-600 focus-within:ring-2 focus-within:ring-brand-600">
      {editor && <EditorToolbar editor={editor} label={`Formatting, ${label.toLowerCase()}`} />}
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        <p className="min-h-12 px-3 py-2 text-sm text-slate-600">{t('loading')}</p>
      )}
    </div>
  );
}
