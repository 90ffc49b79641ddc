'use client';

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { TCollabUser } from '../collab-session';
import type { TAnswerEditorBinding } from './plugins';
import { RichTextEditor, type TEditorPresentation } from './rich-text-editor';

export type TProseMirrorOptions = {
  fragment: Y.XmlFragment;
  awareness: Awareness;
  user: TCollabUser;
  /** Accessible name of the text, e.g. "Answer to question 20"; or `labelledBy`, the id of its heading. */
  label?: string;
  labelledBy?: string;
  editable: boolean;
  autoFocus?: boolean;
  /** Tailwind class for the empty editor's height. */
  minHeightClass: string;
  onFocusChange?: (focused: boolean) => void;
};

/** Where one binding's editor lives: inert until opened, so that StrictMode's second mount gets a fresh view. */
class EditorSlot {
  private editor: RichTextEditor | null = null;
  private readonly listeners = new Set<() => void>();
  private focusListener: ((focused: boolean) => void) | undefined;

  constructor(
    private readonly binding: TAnswerEditorBinding,
    private presentation: TEditorPresentation,
    private readonly autoFocus: boolean,
  ) {}

  open(): void {
    this.editor = new RichTextEditor(this.binding, this.presentation, this.autoFocus);
    this.editor.listenToFocus(this.focusListener);
    this.listeners.forEach((listener) => listener());
  }

  close(): void {
    this.editor?.destroy();
    this.editor = null;
    this.listeners.forEach((listener) => listener());
  }

  present(presentation: TEditorPresentation, onFocusChange: ((focused: boolean) => void) | undefined): void {
    this.presentation = presentation;
    this.focusListener = onFocusChange;
    this.editor?.present(presentation);
    this.editor?.listenToFocus(onFocusChange);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getEditor = (): RichTextEditor | null => this.editor;

  // Never rendered on the server: the page shows its placeholder there (Tiptap's immediatelyRender: false).
  readonly getServerEditor = (): null => null;
}

/**
 * A collaborative rich-text editor bound to one top-level XmlFragment: an accessible textbox
 * whose name, editability and focus follow the caller. It exists only in the browser, after the
 * first render (null until then, so the page shows its placeholder), and one view lives as long
 * as its fragment, awareness and user.
 */
export function useProseMirror({
  fragment,
  awareness,
  user,
  label,
  labelledBy,
  editable,
  autoFocus = false,
  minHeightClass,
  onFocusChange,
}: TProseMirrorOptions): RichTextEditor | null {
  const { id, name, color } = user;
  const className = `answer-editor ${minHeightClass} px-3 py-2 focus:outline-none`;
  const slot = useMemo(
    () =>
      new EditorSlot(
        { fragment, awareness, user: { id, name, color } },
        { label, labelledBy, className, editable },
        autoFocus,
      ),
    // Name, classes, editability and focus change in place (below), never with a new view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fragment, awareness, id, name, color],
  );
  useEffect(() => {
    slot.open();
    return () => slot.close();
  }, [slot]);
  useEffect(() => {
    slot.present({ label, labelledBy, className, editable }, onFocusChange);
  }, [slot, label, labelledBy, className, editable, onFocusChange]);
  return useSyncExternalStore(slot.subscribe, slot.getEditor, slot.getServerEditor);
}
