'use client';

import { type ReactNode, createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';

/**
 * How a member reads a translated checklist: the guide's English, the translation beside it, or the translation only.
 */
export type TTranslationView = 'english' | 'beside' | 'instead';

const VIEWS: readonly TTranslationView[] = ['english', 'beside', 'instead'];
// A per-member, per-browser preference: it changes only how this member reads, so it needs no account.
const STORAGE_KEY = 'idg-checklist-translation-view';

const DEFAULT_VIEW: TTranslationView = 'beside';
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changing the preference changes it here too.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function readView(): TTranslationView {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  return saved && (VIEWS as readonly string[]).includes(saved) ? (saved as TTranslationView) : DEFAULT_VIEW;
}

type TAdaptation = {
  assessmentId: string;
  /** The imported translation's language tag, or null when the checklist has none. */
  language: string | null;
  /** Whether this member may add, hide and import (facilitators; the server checks again). */
  canAdapt: boolean;
  /** Questions are hidden only in a targeted assessment. */
  targeted: boolean;
  view: TTranslationView;
  setView: (view: TTranslationView) => void;
};

const AdaptationContext = createContext<TAdaptation>({
  assessmentId: '',
  language: null,
  canAdapt: false,
  targeted: false,
  view: 'english',
  setView: () => {},
});

/** Provides the assessment's adaptation facts and the member's translation view to the checklist below it. */
export function ChecklistAdaptationProvider({
  assessmentId,
  language,
  canAdapt,
  targeted,
  children,
}: Omit<TAdaptation, 'view' | 'setView'> & { children: ReactNode }) {
  // The server cannot know the preference: it renders the default, the browser then reads storage.
  const stored = useSyncExternalStore(subscribe, readView, () => DEFAULT_VIEW);
  const setView = useCallback((view: TTranslationView) => {
    window.localStorage.setItem(STORAGE_KEY, view);
    for (const listener of listeners) listener();
  }, []);
  const value = useMemo(
    () => ({ assessmentId, language, canAdapt, targeted, view: language ? stored : ('english' as const), setView }),
    [assessmentId, language, canAdapt, targeted, stored, setView],
  );
  return <AdaptationContext.Provider value={value}>{children}</AdaptationContext.Provider>;
}

/** The checklist's adaptation facts and the member's translation view. */
export function useChecklistAdaptation(): TAdaptation {
  return useContext(AdaptationContext);
}
