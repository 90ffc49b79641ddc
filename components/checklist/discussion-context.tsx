'use client';

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { TPerson } from '@/lib/contracts/shared';
import type { TComment, TEvidence } from '@/lib/contracts/checklist';
import { useAssessmentLive } from '@/lib/realtime/use-assessment-live';

type TDiscussion = {
  assessmentId: string;
  me: TPerson;
  members: TPerson[];
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

type TProps = Omit<
  TDiscussion,
  'loaded' | 'loadError' | 'commentsOf' | 'evidenceOf' | 'addComment' | 'addEvidence' | 'removeEvidence'
> & { areaId: string; children: ReactNode };

const byId = <T extends { id: string }>(list: T[], item: T) =>
  list.some((x) => x.id === item.id) ? list : [...list, item];

/** What live events and this client changed while a read of the whole discussion was on its way. */
type TSinceRead = { comments: TComment[]; evidence: TEvidence[]; removed: Set<string> };

/** The server's list, with what changed after it was read laid over it, in the order written. */
function overlay<T extends { id: string; createdAt: string }>(server: T[], added: T[], removed: Set<string>): T[] {
  return added
    .reduce(byId, server)
    .filter((x) => !removed.has(x.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Loads an area's comments and evidence, then keeps them current from the live room. The whole
 * discussion is read again each time the page (re)joins the room or comes back into view: events
 * sent before the room was joined, or while the connection was down, never reach this page.
 */
export function DiscussionProvider({
  areaId,
  children,
  assessmentId,
  me,
  members,
  canComment,
  canAddEvidence,
  isFacilitator,
}: TProps) {
  const [comments, setComments] = useState<TComment[]>([]);
  const [evidence, setEvidence] = useState<TEvidence[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const sinceRead = useRef<TSinceRead | null>(null);

  const read = useCallback(async () => {
    const changes: TSinceRead = { comments: [], evidence: [], removed: new Set() };
    sinceRead.current = changes;
    try {
      const res = await fetch(`/api/assessments/${assessmentId}/areas/${areaId}/discussion`, { cache: 'no-store' });
      if (!res.ok) throw new Error(`The server answered ${res.status}.`);
      const data = (await res.json()) as { comments: TComment[]; evidence: TEvidence[] };
      if (sinceRead.current !== changes) return; // a later read is on its way and will be applied instead
      setComments(overlay(data.comments, changes.comments, changes.removed));
      setEvidence(overlay(data.evidence, changes.evidence, changes.removed));
      setLoaded(true);
      setLoadError(null);
    } catch (err) {
      // Once loaded, a failed re-read keeps what is shown; the next rejoin or focus reads again.
      if (sinceRead.current === changes)
        setLoadError((cur) => (loaded ? cur : err instanceof Error ? err.message : 'Could not load the discussion.'));
    } finally {
      if (sinceRead.current === changes) sinceRead.current = null;
    }
  }, [assessmentId, areaId, loaded]);

  const addComment = useCallback((c: TComment) => {
    sinceRead.current?.comments.push(c);
    setComments((cur) => byId(cur, c));
  }, []);
  const addEvidence = useCallback((e: TEvidence) => {
    sinceRead.current?.evidence.push(e);
    setEvidence((cur) => byId(cur, e));
  }, []);
  const removeEvidence = useCallback((id: string) => {
    sinceRead.current?.removed.add(id);
    setEvidence((cur) => cur.filter((e) => e.id !== id));
  }, []);
  const inArea = (key: string) => key.startsWith(`${areaId}.`);

  const { connected } = useAssessmentLive(assessmentId, {
    'comment:created': (c) => inArea(c.questionKey) && addComment(c),
    'evidence:added': (e) => inArea(e.questionKey) && addEvidence(e),
    'evidence:removed': (e) => removeEvidence(e.id),
  });

  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  });
  // First load at once (the room may take a moment to join), then again on every (re)join.
  const readFor = useRef('');
  useEffect(() => {
    const key = `${assessmentId}/${areaId}`;
    if (!connected && readFor.current === key) return; // just lost the room: the rejoin will read
    readFor.current = key;
    void readRef.current();
  }, [assessmentId, areaId, connected]);
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && void readRef.current();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

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
    [
      comments,
      evidence,
      loaded,
      loadError,
      addComment,
      addEvidence,
      removeEvidence,
      assessmentId,
      me,
      members,
      canComment,
      canAddEvidence,
      isFacilitator,
    ],
  );
  return <DiscussionContext.Provider value={value}>{children}</DiscussionContext.Provider>;
}

/** The area's discussion, from the nearest DiscussionProvider. */
export function useDiscussion(): TDiscussion {
  const ctx = useContext(DiscussionContext);
  if (!ctx) throw new Error('useDiscussion outside DiscussionProvider');
  return ctx;
}
