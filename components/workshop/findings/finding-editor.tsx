'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { EditorToolbar } from '@/components/checklist/editor-toolbar';
import type { TCollabUser } from '@/lib/collab/collab-session';
import { answerEditorExtensions } from '@/lib/collab/editor-extensions';
import { findingFragmentName } from '@/lib/collab/findings-layout';
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
 * shared extension list (the checklist's AnswerEditor binds by question key, so it cannot serve).
 */
export function FindingEditor({ doc, awareness, user, findingId, label, editable, autoFocus = false, onFocusChange }: TFindingEditorProps) {
  const fragment = useMemo(() => doc.getXmlFragment(findingFragmentName(findingId)), [doc, findingId]);
  const { id, name, color } = user;
  const editor = useEditor(
    {
      // Never `content`: the text lives in the fragment.
      extensions: answerEditorExtensions({ fragment, awareness, user: { id, name, color } }),
      editable,
      autofocus: autoFocus && editable,
      immediatelyRender: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'aria-readonly': String(!editable),
          class: 'answer-editor min-h-12 px-3 py-2 focus:outline-none',
        },
      },
    },
    [fragment, awareness, id, name, color],
  );

  useEffect(() => {
    if (!editor) return;
    if (editor.isEditable !== editable) editor.setEditable(editable);
    editor.view.dom.setAttribute('aria-readonly', String(!editable));
  }, [editor, editable]);

  useEffect(() => {
    if (!editor || !onFocusChange) return;
    const onFocus = () => onFocusChange(true);
    const onBlur = () => onFocusChange(false);
    editor.on('focus', onFocus);
    editor.on('blur', onBlur);
    return () => {
      editor.off('focus', onFocus);
      editor.off('blur', onBlur);
    };
  }, [editor, onFocusChange]);

  if (!editable) {
    return <div className="rounded-md bg-slate-50">{editor ? <EditorContent editor={editor} /> : <p className="px-3 py-2 text-sm text-slate-500">Loading…</p>}</div>;
  }
  return (
    <div className="rounded-md border border-slate-300 bg-white focus-within:border-brand-600">
      {editor && <EditorToolbar editor={editor} label={`Formatting, ${label.toLowerCase()}`} />}
      {editor ? <EditorContent editor={editor} /> : <p className="min-h-12 px-3 py-2 text-sm text-slate-500">Loading…</p>}
    </div>
  );
}
