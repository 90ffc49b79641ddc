'use client';

import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type TDomNode, fragmentDom } from './fragment-dom';

/** The rendered DOM of a fragment as an external store: the same array until the DOM it describes changes. */
export function fragmentDomStore(fragment: Y.XmlFragment) {
  let snapshot: readonly TDomNode[] = fragmentDom(fragment);
  let signature = JSON.stringify(snapshot);
  return {
    subscribe: (listener: () => void): (() => void) => {
      const onChange = () => {
        const next = fragmentDom(fragment);
        const nextSignature = JSON.stringify(next);
        // A change that draws nothing new (an attribute no toDOM reads) re-renders nothing.
        if (nextSignature === signature) return;
        snapshot = next;
        signature = nextSignature;
        listener();
      };
      // What changed between the first render and this subscription is caught here.
      onChange();
      fragment.observeDeep(onChange);
      return () => fragment.unobserveDeep(onChange);
    },
    getSnapshot: (): readonly TDomNode[] => snapshot,
  };
}

/**
 * The DOM of a rich-text fragment, kept current as anyone edits it; drawn from what the fragment
 * holds wherever it renders, the server included (the page's documents exist only in the browser).
 */
export function useFragmentDom(fragment: Y.XmlFragment): readonly TDomNode[] {
  const store = useMemo(() => fragmentDomStore(fragment), [fragment]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
