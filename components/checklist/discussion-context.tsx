'use client';

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { TComment, TEvidence } from '@/lib/realtime/events';
import { useAssessmentLive } from '@/lib/realtime/use-assessment-live';

export type TMemberRef = { id: string; name: string };

type TDiscussion = {
  assessmentId: string;
  me: TMemberRef;
  members: TMemberRef[];
  canComment: boolean;
  canAddEvidence: boolean;
  isFacilitator: boolean;
  loaded: boolean;
  loadError: string | null;
  commentsOf: (questionKey: string) => TComment[];
  evidenceOf: (questionKey: string) => TEvidence[];
  /** Adds what this client just created at once, before the live echo (which is then ignored). */
  addComment: (c: TComment) => void;
  addEvidence: (e: TEvidence) => void;
  removeEvidence: (id: string) => void;
};

const DiscussionContext = createContext<TDiscussion | null>(null);

type TProps = Omit<TDiscussion, 'loaded' | 'loadError' | 'commentsOf' | 'evidenceOf' | 'addComment' | 'addEvidence' | 'removeEvidence'> & { areaId: string; children: ReactNode };

const byId = <T extends { id: string }>(list: T[], item: T) => (list.some((x) => x.id === item.id) ? list : [...list, item]);

/** Loads an area's comments and evidence once, then keeps them current from the live room. */
export function DiscussionProvider({ areaId, children, assessmentId, me, members, canComment, canAddEvidence, isFacilitator }: TProps) {
  const [comments, setComments] = useState<TComment[]>([]);
  const [evidence, setEvidence] = useState<TEvidence[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/assessments/${assessmentId}/areas/${areaId}/discussion`)
      .then(async (res) => {
        if (!res.ok) throw new Error(`The server answered ${res.status}.`);
        return (await res.json()) as { comments: TComment[]; evidence: TEvidence[] };
      })
      .then(
        (data) => {
          if (cancelled) return;
          // Merge rather than replace: live events may have arrived before the first load.
          setComments((cur) => data.comments.reduce(byId, cur).sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
          setEvidence((cur) => data.evidence.reduce(byId, cur).sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
          setLoaded(true);
        },
        (err: unknown) => !cancelled && setLoadError(err instanceof Error ? err.message : 'Could not load the discussion.'),
      );
    return () => {
      cancelled = true;
    };
  }, [assessmentId, areaId]);

  const addComment = useCallback((c: TComment) => setComments((cur) => byId(cur, c)), []);
  const addEvidence = useCallback((e: TEvidence) => setEvidence((cur) => byId(cur, e)), []);
  const removeEvidence = useCallback((id: string) => setEvidence((cur) => cur.filter((e) => e.id !== id)), []);
  const inArea = (key: string) => key.startsWith(`${areaId}.`);

  useAssessmentLive(assessmentId, {
    'comment:created': (c) => inArea(c.questionKey) && addComment(c),
    'evidence:added': (e) => inArea(e.questionKey) && addEvidence(e),
    'evidence:removed': (e) => removeEvidence(e.id),
  });

  const value = useMemo<TDiscussion>(
    () => ({
      assessmentId,
      me,
      members,
      canComment,
      canAddEvidence,
      isFacilitator,
      loaded,
      loadError,
      commentsOf: (key) => comments.filter((c) => c.questionKey === key),
      evidenceOf: (key) => evidence.filter((e) => e.questionKey === key),
      addComment,
      addEvidence,
      removeEvidence,
    }),
    [comments, evidence, loaded, loadError, addComment, addEvidence, removeEvidence, assessmentId, me, members, canComment, canAddEvidence, isFacilitator],
  );
  return <DiscussionContext.Provider value={value}>{children}</DiscussionContext.Provider>;
}

/** The area's discussion, from the nearest DiscussionProvider. */
export function useDiscussion(): TDiscussion {
  const ctx = useContext(DiscussionContext);
  if (!ctx) throw new Error('useDiscussion outside DiscussionProvider');
  return ctx;
}
