'use client';

import { useCallback, useEffect, useState } from 'react';
import type { TFindingCommentRecord, TFindingOutcomeRecord, TReportBackState } from '@/lib/contracts/workshop';
import { useSharedLiveSocket } from '@/lib/realtime/live-socket-context';

// Outcomes and comments are database rows, not shared Yjs state (any writer could overwrite
// that). The server announces each new one to the assessment's live room, which this page joins
// through the assessment layout's socket; the whole state is read again whenever the page
// (re)joins the room or the tab comes back into view, so that nothing sent while away is missed.

/**
 * The whole state as the server has it now; null when it cannot be read (offline for a moment: the
 * next rejoin or focus reads again).
 */
async function readState(assessmentId: string): Promise<TReportBackState | null> {
  try {
    const res = await fetch(`/api/assessments/${assessmentId}/findings/outcomes`, { cache: 'no-store' });
    return res.ok ? ((await res.json()) as TReportBackState) : null;
  } catch {
    return null;
  }
}

/** The report-back's outcomes and comments, kept current while the page is open. */
export function useReportBackState(assessmentId: string, initial: TReportBackState) {
  const [state, setState] = useState(initial);
  const shared = useSharedLiveSocket();
  const socket = shared?.assessmentId === assessmentId ? shared.socket : null;
  const joined = shared?.joined ?? false;

  const applyOutcome = useCallback((findingId: string, outcome: TFindingOutcomeRecord | null) => {
    setState((s) => ({
      ...s,
      outcomes: [...s.outcomes.filter((o) => o.findingId !== findingId), ...(outcome ? [outcome] : [])],
    }));
  }, []);
  const addComment = useCallback((comment: TFindingCommentRecord) => {
    setState((s) => (s.comments.some((c) => c.id === comment.id) ? s : { ...s, comments: [...s.comments, comment] }));
  }, []);

  const refresh = useCallback(() => {
    void readState(assessmentId).then((next) => {
      if (next) setState(next);
    });
  }, [assessmentId]);

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

  // Joined (again): catch up with what was decided while this page was not in the room.
  useEffect(() => {
    if (joined) refresh();
  }, [joined, refresh]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  return { state, applyOutcome, addComment };
}
