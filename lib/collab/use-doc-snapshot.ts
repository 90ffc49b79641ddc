'use client';

import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

function createStore<T>(doc: Y.Doc, read: (doc: Y.Doc) => T) {
  let snapshot = read(doc);
  let signature = JSON.stringify(snapshot);
  return {
    subscribe: (listener: () => void) => {
      // Most transactions (typing inside a text) change nothing `read` returns: comparing a
      // signature keeps them from re-rendering the views built on the snapshot.
      const onChange = () => {
        const next = read(doc);
        const nextSignature = JSON.stringify(next);
        if (nextSignature === signature) return;
        snapshot = next;
        signature = nextSignature;
        listener();
      };
      onChange();
      doc.on('afterTransaction', onChange);
      return () => doc.off('afterTransaction', onChange);
    },
    getSnapshot: () => snapshot,
  };
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
