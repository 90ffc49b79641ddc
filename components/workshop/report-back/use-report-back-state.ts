'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { applyChange } from '@/components/ui/query-change';
import { fetchJson } from '@/components/ui/query-fetch';
import { queryKeys } from '@/components/ui/query-keys';
import type { TFindingCommentRecord, TFindingOutcomeRecord, TReportBackState } from '@/lib/contracts/report-back';
import { useSharedLiveSocket } from '@/lib/realtime/live-socket-context';

// Outcomes and comments are database rows, not shared Yjs state (any writer could overwrite
// that). The server announces each new one to the assessment's live room, which this page joins
// through the assessment layout's socket; the query cache reads the whole state again whenever the
// page (re)joins the room or the tab comes back into view, so that nothing sent while away is missed.

/** The report-back's outcomes and comments, kept current while the page is open. */
export function useReportBackState(assessmentId: string, initial: TReportBackState) {
  const queryClient = useQueryClient();
  const { data: state } = useQuery({
    queryKey: queryKeys.reportBack(assessmentId),
    queryFn: () => fetchJson<TReportBackState>(`/api/assessments/${assessmentId}/findings/outcomes`),
    initialData: initial,
  });
  const shared = useSharedLiveSocket();
  const socket = shared?.assessmentId === assessmentId ? shared.socket : null;

  const update = useCallback(
    (change: (s: TReportBackState) => TReportBackState) =>
      applyChange(queryClient, queryKeys.reportBack(assessmentId), change),
    [queryClient, assessmentId],
  );
  const applyOutcome = useCallback(
    (findingId: string, outcome: TFindingOutcomeRecord | null) =>
      update((s) => ({
        ...s,
        outcomes: [...s.outcomes.filter((o) => o.findingId !== findingId), ...(outcome ? [outcome] : [])],
      })),
    [update],
  );
  const addComment = useCallback(
    (comment: TFindingCommentRecord) =>
      update((s) => (s.comments.some((c) => c.id === comment.id) ? s : { ...s, comments: [...s.comments, comment] })),
    [update],
  );

  useEffect(() => {
    if (!socket) return;
    const onOutcome = ({ findingId, outcome }: { findingId: string; outcome: TFindingOutcomeRecord | null }) =>
      applyOutcome(findingId, outcome);
    socket.on('findings:outcome', onOutcome);
    socket.on('findings:comment', addComment);
    return () => {
      socket.off('findings:outcome', onOutcome);
      socket.off('findings:comment', addComment);
    };
  }, [socket, applyOutcome, addComment]);

  return { state, applyOutcome, addComment };
}
