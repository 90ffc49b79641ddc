'use client';

import { useCallback, useSyncExternalStore } from 'react';

/** The two ways the plan draft is shown: a stack of forms per row, or the table of Annex 9. */
export type TPlanView = 'forms' | 'table';

const listeners = new Set<() => void>();
// Where storage is disabled (some private windows, policies) the choice lasts as long as the page.
const memory = new Map<string, TPlanView>();
// Per member: two people sharing a browser keep their own choice.
const storageKey = (userId: string) => `idg.planView.${userId}`;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function read(userId: string): TPlanView {
  try {
    const saved = window.localStorage.getItem(storageKey(userId));
    if (saved === 'table' || saved === 'forms') return saved;
  } catch {
    // Disabled storage: the page's memory below.
  }
  return memory.get(userId) ?? 'forms';
}

/** The member's chosen view of the plan, remembered in this browser; the server renders the forms. */
export function usePlanView(userId: string): [TPlanView, (view: TPlanView) => void] {
  const view = useSyncExternalStore(
    subscribe,
    () => read(userId),
    () => 'forms' as const,
  );
  const setView = useCallback(
    (next: TPlanView) => {
      memory.set(userId, next);
      try {
        window.localStorage.setItem(storageKey(userId), next);
      } catch {
        // Disabled or full: the page's memory holds it.
      }
      for (const listener of listeners) listener();
    },
    [userId],
  );
  return [view, setView];
}
