'use client';

import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readPlan } from '@/lib/collab/plan-layout';
import type { TPlanDraft } from '@/lib/domain/plan-tree';

const EMPTY: TPlanDraft = { outcomes: [], orphans: [] };

function createStore(doc: Y.Doc) {
  let snapshot = readPlan(doc);
  let signature = JSON.stringify(snapshot);
  return {
    subscribe: (listener: () => void) => {
      // The tree carries every field's text, so typing re-renders it; the signature drops the no-ops.
      const onChange = () => {
        const next = readPlan(doc);
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

/** The live plan draft as a numbered tree, kept current. */
export function usePlan(doc: Y.Doc | null): TPlanDraft {
  const store = useMemo(() => (doc ? createStore(doc) : null), [doc]);
  return useSyncExternalStore(store?.subscribe ?? noop, store?.getSnapshot ?? empty, empty);
}
