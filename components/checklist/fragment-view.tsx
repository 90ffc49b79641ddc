'use client';

import { type ReactNode, createElement } from 'react';
import type * as Y from 'yjs';
import type { TDomNode } from '@/lib/collab/fragment-dom';
import { useFragmentDom } from '@/lib/collab/use-fragment-dom';
import './collab-editor.css';

type TFragmentViewProps = {
  fragment: Y.XmlFragment;
  /** Accessible name of the text, e.g. "Text of weakness 2". */
  label: string;
  /** Tailwind classes for its height and padding, as the editor it stands in for has them. */
  className: string;
};

// Tags and attribute names come from the schema's toDOM, never from the text; React escapes the values.
function element(node: TDomNode, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, string | number> = { key };
  for (const [name, value] of Object.entries(node.attrs)) props[name === 'class' ? 'className' : name] = value;
  // A void element (br, hr) must be given no children at all, not an empty list.
  const children = node.children.length > 0 ? node.children.map(element) : undefined;
  return createElement(node.tag, props, children);
}

/**
 * A rich-text fragment shown read-only and live, in the HTML and styles of the editor without
 * loading it: for pages that only display what others write. Like the read-only editor, it is a
 * read-only multiline textbox with the given name, kept from the browser's translation because
 * its text changes under it.
 */
export function FragmentView({ fragment, label, className }: TFragmentViewProps) {
  const nodes = useFragmentDom(fragment);
  return (
    <div
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      aria-readonly="true"
      translate="no"
      className={`rich-text-view answer-editor ${className}`}
    >
      {nodes.map(element)}
    </div>
  );
}
