'use client';

import { type Editor, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { TCollabUser } from './collab-session';
import { answerEditorExtensions } from './editor-extensions';

export type TFragmentEditorOptions = {
  fragment: Y.XmlFragment;
  awareness: Awareness;
  user: TCollabUser;
  /** Accessible name of the text, e.g. "Answer to question 20". */
  label: string;
  editable: boolean;
  autoFocus?: boolean;
  /** Tailwind class for the empty editor's height. */
  minHeightClass: string;
  onFocusChange?: (focused: boolean) => void;
};

/**
 * A Tiptap editor bound to one top-level XmlFragment with the one shared extension list: an
 * accessible textbox whose editability and focus follow the caller. Every collaborative text
 * (answers, findings) is edited through it.
 */
export function useFragmentEditor({
  fragment,
  awareness,
  user,
  label,
  editable,
  autoFocus = false,
  minHeightClass,
  onFocusChange,
}: TFragmentEditorOptions): Editor | null {
  const { id, name, color } = user;
  const editor = useEditor(
    {
      // Never `content`: the text lives in the fragment; seeding here would duplicate it per client.
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
          class: `answer-editor ${minHeightClass} px-3 py-2 focus:outline-none`,
        },
        // Tab already leaves the text (outside lists); Escape does too, for those who expect it.
        // Blurring keeps the browser's place in the tab order, so the next Tab goes on from here.
        handleKeyDown: (view, event) => {
          if (event.key !== 'Escape') return false;
          view.dom.blur();
          return true;
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

  return editor;
}
