'use client';

import { useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import {
  LAST_EDIT_MAP,
  STATUS_MAP,
  type TAnswerStatus,
  type TLastEdit,
  answerFragmentName,
  parseAnswerStatus,
  parseLastEdit,
} from '@/lib/collab/layout';

/** What the page shows of one question, read from the checklist document. */
export type TQuestionState = { status: TAnswerStatus | null; hasText: boolean; lastEdit: TLastEdit | null };

/** Every question of the area by key; a new object whenever any question changed. */
export type TChecklistSnapshot = Readonly<Record<string, TQuestionState>>;

const EMPTY: TChecklistSnapshot = {};

/** Whether a transaction changed `type` or anything inside it. */
export function touchedType(tr: Y.Transaction, type: Y.XmlFragment): boolean {
  // Yjs types its maps by the base class; any type is a key, so widen rather than cast the argument.
  return (tr.changedParentTypes as ReadonlyMap<unknown, unknown>).has(type);
}

/** The keys of `map` a transaction changed, if any. */
export function changedKeys(tr: Y.Transaction, map: Y.Map<unknown>): ReadonlySet<string | null> | undefined {
  return (tr.changed as ReadonlyMap<unknown, Set<string | null>>).get(map);
}

/** Whether a fragment (or element) holds any non-blank text, at any depth. */
function hasText(node: Y.XmlFragment | Y.XmlElement): boolean {
  return node.toArray().some((child) => {
    if (child instanceof Y.XmlText) {
      return (child.toDelta() as { insert?: unknown }[]).some(
        (op) => typeof op.insert === 'string' && /\S/.test(op.insert),
      );
    }
    return child instanceof Y.XmlElement && hasText(child);
  });
}

function createStore(doc: Y.Doc, keys: readonly string[]) {
  // Getting every top-level type up front also fixes its type before remote updates arrive.
  const fragments = new Map(keys.map((k) => [k, doc.getXmlFragment(answerFragmentName(k))]));
  const status = doc.getMap<unknown>(STATUS_MAP);
  const lastEdit = doc.getMap<unknown>(LAST_EDIT_MAP);
  const read = (key: string): TQuestionState => ({
    status: parseAnswerStatus(status.get(key)),
    hasText: hasText(fragments.get(key)!),
    lastEdit: parseLastEdit(lastEdit.get(key)),
  });
  let snapshot: TChecklistSnapshot = Object.fromEntries(keys.map((k) => [k, read(k)]));
  const listeners = new Set<() => void>();
  let stale = false;

  // Only the questions a transaction touched are read again; typing in one answer of 36 stays cheap.
  const onTransaction = (tr: Y.Transaction) => {
    const statusKeys = changedKeys(tr, status);
    const lastEditKeys = changedKeys(tr, lastEdit);
    let next: Record<string, TQuestionState> | null = null;
    for (const key of keys) {
      const touched = touchedType(tr, fragments.get(key)!) || statusKeys?.has(key) || lastEditKeys?.has(key);
      if (!touched) continue;
      next ??= { ...snapshot };
      next[key] = read(key);
    }
    if (!next) return;
    snapshot = next;
    for (const listener of listeners) listener();
  };

  return {
    subscribe: (listener: () => void) => {
      if (listeners.size === 0) {
        doc.on('afterTransaction', onTransaction);
        // Nothing listened in between (StrictMode resubscribes): read everything afresh.
        if (stale) snapshot = Object.fromEntries(keys.map((k) => [k, read(k)]));
        stale = false;
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        doc.off('afterTransaction', onTransaction);
        stale = true;
      };
    },
    getSnapshot: () => snapshot,
  };
}

const noop = () => () => {};
const empty = () => EMPTY;

/** The live state of every question of an area: evaluation, whether answered in text, last edit. */
export function useChecklistSnapshot(doc: Y.Doc | null, keys: readonly string[]): TChecklistSnapshot {
  const store = useMemo(() => (doc ? createStore(doc, keys) : null), [doc, keys]);
  return useSyncExternalStore(store?.subscribe ?? noop, store?.getSnapshot ?? empty, empty);
}

/** Sets or clears (null: not yet assessed) a question's evaluation. */
export function setQuestionStatus(doc: Y.Doc, key: string, value: TAnswerStatus | null): void {
  const status = doc.getMap<unknown>(STATUS_MAP);
  if (value) status.set(key, value);
  else status.delete(key);
}

/** A question counts as answered when its answer has text and it has an evaluation. */
export function isAnswered(state: TQuestionState | undefined): boolean {
  return Boolean(state?.hasText && state.status);
}
