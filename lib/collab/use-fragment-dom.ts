'use client';

import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type TDomNode, fragmentDom } from './fragment-dom';
import { changeStore } from './use-doc-snapshot';

/**
 * The rendered DOM of a fragment as an external store: the same array until the DOM it describes
 * changes (a change no toDOM reads, such as an attribute, re-renders nothing).
 */
export function fragmentDomStore(fragment: Y.XmlFragment) {
  return changeStore<readonly TDomNode[]>(
    () => fragmentDom(fragment),
    (onChange) => {
      fragment.observeDeep(onChange);
      return () => fragment.unobserveDeep(onChange);
    },
  );
}

/**
 * The DOM of a rich-text fragment, kept current as anyone edits it; drawn from what the fragment
 * holds wherever it renders, the server included (the page's documents exist only in the browser).
 */
export function useFragmentDom(fragment: Y.XmlFragment): readonly TDomNode[] {
  const store = useMemo(() => fragmentDomStore(fragment), [fragment]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
