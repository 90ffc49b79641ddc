'use client';

import { useEffect } from 'react';
import type * as Y from 'yjs';
import type { TCollabUser } from '@/lib/collab/collab-session';
import { changedKeys, touchedType } from './checklist-store';
import { LAST_EDIT_MAP, STATUS_MAP, type TLastEdit, answerFragmentName, parseLastEdit } from '@/lib/collab/layout';

// One lastEdit write per question per interval at most: the display says "3 minutes ago", so
// a write per keystroke would only add traffic and history to the document.
const INTERVAL_MS = 5_000;
/** Origin of our own lastEdit writes, so that they do not count as edits of a question. */
const RECORDER = Symbol('last-edit-recorder');

/**
 * Records in the document's `lastEdit` map who last changed each question's answer or
 * evaluation, from local transactions only (remote ones arrive with the provider as origin).
 * Returns a function that stops recording.
 */
function recordLastEdits(doc: Y.Doc, remoteOrigin: unknown, user: TCollabUser, keys: readonly string[]): () => void {
  const fragments = keys.map((k) => [k, doc.getXmlFragment(answerFragmentName(k))] as const);
  const status = doc.getMap<unknown>(STATUS_MAP);
  const lastEdit = doc.getMap<unknown>(LAST_EDIT_MAP);
  const lastWritten = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const editedAt = new Map<string, number>();

  const write = (key: string) => {
    timers.delete(key);
    lastWritten.set(key, Date.now());
    const at = editedAt.get(key) ?? Date.now();
    // A delayed write records an edit older than someone else's since: theirs is the last one.
    const current = parseLastEdit(lastEdit.get(key));
    if (current && current.userId !== user.id && current.at > at) return;
    const entry: TLastEdit = { userId: user.id, name: user.name, at };
    doc.transact(() => lastEdit.set(key, entry), RECORDER);
  };

  // Writes go through a timer (0 ms for the first): never inside the transaction being observed.
  const touched = (key: string) => {
    editedAt.set(key, Date.now());
    if (timers.has(key)) return;
    const wait = Math.max(0, (lastWritten.get(key) ?? -Infinity) + INTERVAL_MS - Date.now());
    timers.set(key, setTimeout(() => write(key), wait));
  };

  const onTransaction = (tr: Y.Transaction) => {
    if (!tr.local || tr.origin === remoteOrigin || tr.origin === RECORDER) return;
    changedKeys(tr, status)?.forEach((key) => key !== null && keys.includes(key) && touched(key));
    for (const [key, fragment] of fragments) if (touchedType(tr, fragment)) touched(key);
  };
  doc.on('afterTransaction', onTransaction);
  return () => {
    doc.off('afterTransaction', onTransaction);
    for (const timer of timers.values()) clearTimeout(timer);
  };
}

/** While mounted and enabled, records the local user's edits of the area's questions in `lastEdit`. */
export function useLastEditRecorder(doc: Y.Doc | null, remoteOrigin: unknown, user: TCollabUser, keys: readonly string[], enabled: boolean): void {
  const { id, name, color } = user;
  useEffect(() => {
    if (!doc || !enabled) return;
    return recordLastEdits(doc, remoteOrigin, { id, name, color }, keys);
  }, [doc, remoteOrigin, id, name, color, keys, enabled]);
}
