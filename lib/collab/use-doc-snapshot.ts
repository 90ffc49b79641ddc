'use client';

import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * A value read again on each change `listen` reports, as an external store for
 * useSyncExternalStore: the same object until what `read` returns changes.
 */
export function changeStore<T>(read: () => T, listen: (onChange: () => void) => () => void) {
  let snapshot = read();
  let signature = JSON.stringify(snapshot);
  return {
    subscribe: (listener: () => void) => {
      // Most changes (typing inside a text) change nothing `read` returns: comparing a signature
      // keeps them from re-rendering the views built on the snapshot.
      const onChange = () => {
        const next = read();
        const nextSignature = JSON.stringify(next);
        if (nextSignature === signature) return;
        snapshot = next;
        signature = nextSignature;
        listener();
      };
      // What changed between the first render and this subscription is caught here.
      onChange();
      return listen(onChange);
    },
    getSnapshot: () => snapshot,
  };
}

function createStore<T>(doc: Y.Doc, read: (doc: Y.Doc) => T) {
  return changeStore(
    () => read(doc),
    (onChange) => {
      doc.on('afterTransaction', onChange);
      return () => doc.off('afterTransaction', onChange);
    },
  );
}

const noop = () => () => {};

/**
 * A value read from a Y.Doc by `read`, kept current and the same object until it changes.
 * `read` must be stable (a module-level function); `empty` is used while there is no document.
 */
export function useDocSnapshot<T>(doc: Y.Doc | null, read: (doc: Y.Doc) => T, empty: T): T {
  const store = useMemo(() => (doc ? createStore(doc, read) : null), [doc, read]);
  const getEmpty = useMemo(() => () => empty, [empty]);
  return useSyncExternalStore(store?.subscribe ?? noop, store?.getSnapshot ?? getEmpty, getEmpty);
}
