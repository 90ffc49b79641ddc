'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { TCollabUser } from '@/lib/collab/collab-session';
import { answerEditorExtensions } from '@/lib/collab/editor-extensions';
import { answerFragmentName } from '@/lib/collab/layout';
import { EditorToolbar } from './editor-toolbar';
import './collab-editor.css';

type TAnswerEditorProps = {
  doc: Y.Doc;
  awareness: Awareness;
  user: TCollabUser;
  questionKey: string;
  /** Accessible name of the answer, e.g. "Answer to question 20". */
  label: string;
  editable: boolean;
  onFocusChange: (focused: boolean) => void;
};

/** The collaborative rich-text answer to one question, bound to its fragment of the area's document. */
export function AnswerEditor({ doc, awareness, user, questionKey, label, editable, onFocusChange }: TAnswerEditorProps) {
  const fragment = useMemo(() => doc.getXmlFragment(answerFragmentName(questionKey)), [doc, questionKey]);
  const { id, name, color } = user;
  const editor = useEditor(
    {
      // Never `content`: the text lives in the fragment; seeding here would duplicate it per client.
      extensions: answerEditorExtensions({ fragment, awareness, user: { id, name, color } }),
      editable,
      immediatelyRender: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'aria-readonly': String(!editable),
          class: 'answer-editor min-h-16 px-3 py-2 focus:outline-none',
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
    if (!editor) return;
    const onFocus = () => onFocusChange(true);
    const onBlur = () => onFocusChange(false);
    editor.on('focus', onFocus);
    editor.on('blur', onBlur);
    return () => {
      editor.off('focus', onFocus);
      editor.off('blur', onBlur);
    };
  }, [editor, onFocusChange]);

  return (
    <div className={`rounded-md border ${editable ? 'border-slate-300 bg-white focus-within:border-brand-600' : 'border-dashed border-slate-300 bg-slate-50'}`}>
      {editor && editable && <EditorToolbar editor={editor} label={`Formatting, ${label.toLowerCase()}`} />}
      {!editable && <p className="border-b border-dashed border-slate-300 px-3 py-1 text-xs font-medium text-slate-600">Read only</p>}
      {editor ? <EditorContent editor={editor} /> : <div className="min-h-16 px-3 py-2 text-sm text-slate-500">Loading answer…</div>}
    </div>
  );
}
