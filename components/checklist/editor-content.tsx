'use client';

import { useCallback } from 'react';
import type { RichTextEditor } from '@/lib/collab/editor/rich-text-editor';

/** Where an editor's text sits in the page; the same view moves along if the wrapper changes. */
export function EditorContent({ editor }: { editor: RichTextEditor }) {
  const host = useCallback(
    (element: HTMLDivElement | null) => {
      if (element) editor.attach(element);
    },
    [editor],
  );
  return <div ref={host} />;
}
