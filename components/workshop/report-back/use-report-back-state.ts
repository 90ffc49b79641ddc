'use client';

import { useCallback, useEffect, useState } from 'react';
import type { TFindingCommentRecord, TFindingOutcomeRecord, TReportBackState } from '@/lib/domain/findings-schema';

// Outcomes and comments are database rows, not shared Yjs state (any writer could overwrite
// that): everyone re-reads them every few seconds, and the author sees their own at once.
const REFRESH_MS = 8_000;

/** The report-back's outcomes and comments, refreshed while the page is open. */
export function useReportBackState(assessmentId: string, initial: TReportBackState) {
  const [state, setState] = useState(initial);
  useEffect(() => {
    let cancelled = false;
    const refresh = async () => {
      try {
        const res = await fetch(`/api/assessments/${assessmentId}/findings/outcomes`, { cache: 'no-store' });
        if (!res.ok || cancelled) return;
        const next = (await res.json()) as TReportBackState;
        if (!cancelled) setState(next);
      } catch {
        // Offline for a moment: the next refresh tries again.
      }
    };
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [assessmentId]);

  const applyOutcome = useCallback((findingId: string, outcome: TFindingOutcomeRecord | null) => {
    setState((s) => ({ ...s, outcomes: [...s.outcomes.filter((o) => o.findingId !== findingId), ...(outcome ? [outcome] : [])] }));
  }, []);
  const addComment = useCallback((comment: TFindingCommentRecord) => {
    setState((s) => (s.comments.some((c) => c.id === comment.id) ? s : { ...s, comments: [...s.comments, comment] }));
  }, []);
  return { state, applyOutcome, addComment };
}
