'use client';

import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type TFinding, type TFindingKind, readFindings } from '@/lib/collab/findings-layout';

/** The live findings of a group document by kind; the same object until a finding or citation changes. */
export type TFindingsSnapshot = Readonly<Record<TFindingKind, readonly TFinding[]>>;

const EMPTY: TFindingsSnapshot = { strengths: [], weaknesses: [], risks: [], activities: [] };

function createStore(doc: Y.Doc) {
  let snapshot: TFindingsSnapshot = readFindings(doc);
  let signature = JSON.stringify(snapshot);
  return {
    subscribe: (listener: () => void) => {
      // Typing inside a finding changes no metadata: the signature keeps those from re-rendering the list.
      const onChange = () => {
        const next = readFindings(doc);
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
const empty = () => EMPTY;

/** Every live finding of the group's document, kept current. */
export function useFindings(doc: Y.Doc | null): TFindingsSnapshot {
  const store = useMemo(() => (doc ? createStore(doc) : null), [doc]);
  return useSyncExternalStore(store?.subscribe ?? noop, store?.getSnapshot ?? empty, empty);
}
