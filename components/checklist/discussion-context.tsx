'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { TPerson } from '@/lib/contracts/shared';
import type { TComment, TEvidence } from '@/lib/contracts/checklist';
import { useAssessmentLive } from '@/lib/realtime/use-assessment-live';
import { applyChange } from '@/components/ui/query-change';
import { fetchJson } from '@/components/ui/query-fetch';
import { queryKeys } from '@/components/ui/query-keys';

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
const noComments: TComment[] = [];
const noEvidence: TEvidence[] = [];

type TProps = Omit<
  TDiscussion,
  'loaded' | 'loadError' | 'commentsOf' | 'evidenceOf' | 'addComment' | 'addEvidence' | 'removeEvidence'
> & { areaId: string; children: ReactNode };

type TDiscussionData = { comments: TComment[]; evidence: TEvidence[] };

const byId = <T extends { id: string }>(list: T[], item: T) =>
  list.some((x) => x.id === item.id) ? list : [...list, item];

/**
 * Loads an area's comments and evidence, then keeps them current from the live room. The query
 * cache reads the whole discussion again when the room is rejoined, the browser comes back online
 * or the tab into view: events sent while the connection was down never reach this page.
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
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.discussion(assessmentId, areaId),
    queryFn: () => fetchJson<TDiscussionData>(`/api/assessments/${assessmentId}/areas/${areaId}/discussion`),
  });
  const comments = query.data?.comments ?? noComments;
  const evidence = query.data?.evidence ?? noEvidence;

  const change = useCallback(
    (update: (cur: TDiscussionData) => TDiscussionData) =>
      applyChange(queryClient, queryKeys.discussion(assessmentId, areaId), update),
    [queryClient, assessmentId, areaId],
  );
  const addComment = useCallback(
    (c: TComment) => change((cur) => ({ ...cur, comments: byId(cur.comments, c) })),
    [change],
  );
  const addEvidence = useCallback(
    (e: TEvidence) => change((cur) => ({ ...cur, evidence: byId(cur.evidence, e) })),
    [change],
  );
  const removeEvidence = useCallback(
    (id: string) => change((cur) => ({ ...cur, evidence: cur.evidence.filter((e) => e.id !== id) })),
    [change],
  );
  const inArea = (questionKey: string) => questionKey.startsWith(`${areaId}.`);

  useAssessmentLive(assessmentId, {
    'comment:created': (c) => inArea(c.questionKey) && addComment(c),
    'evidence:added': (e) => inArea(e.questionKey) && addEvidence(e),
    'evidence:removed': (e) => removeEvidence(e.id),
  });

  const loaded = query.data !== undefined;
  // Once loaded, a failed re-read keeps what is shown.
  const loadError = loaded ? null : (query.error?.message ?? null);

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
