'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { applyChange } from '@/components/ui/query-change';
import { fetchJson, QueryError } from '@/components/ui/query-fetch';
import { queryKeys } from '@/components/ui/query-keys';
import type { TAnswerFlagsResponse } from '@/lib/contracts/checklist';
import type { TReportAccessResponse } from '@/lib/contracts/reports';
import type { TServerEvents } from '@/lib/realtime/events';
import { useSharedLiveSocket } from '@/lib/realtime/live-socket-context';

// The sensitive flags of one assessment's answers, shared by every question card of a page (one
// query per assessment, read once for all of them). The server decides who receives them:
// members who may not see flags get a 403 from /answer-flags and no live events, and the flags
// then stay "none". Facilitators' and senior management's pages hear each change from the live
// room (the server sends it to their own connections only); the query cache reads the list again
// when they rejoin the room or come back to the tab, so that nothing missed while away stays wrong.

/** Who this member is to the flags: not allowed, may read them, may set them; unknown until asked. */
export type TFlagAccess = 'unknown' | 'none' | 'read' | 'flag';
type TFlagsSnapshot = { access: TFlagAccess; flags: ReadonlySet<string> };

type TChange = Parameters<TServerEvents['answer-flags:changed']>[0];

const NONE: TFlagsSnapshot = { access: 'none', flags: new Set() };
const UNKNOWN: TFlagsSnapshot = { access: 'unknown', flags: new Set() };

async function readFlags(assessmentId: string): Promise<TFlagsSnapshot> {
  try {
    const data = await fetchJson<TAnswerFlagsResponse>(`/api/assessments/${assessmentId}/answer-flags`);
    return {
      access: data.canFlag ? 'flag' : 'read',
      flags: new Set(data.flags.filter((f) => f.flag === 'sensitive').map((f) => f.questionKey)),
    };
  } catch (err) {
    if (err instanceof QueryError && err.status === 403) return NONE;
    throw err;
  }
}

/** The snapshot with a change the server announced or confirmed applied. */
function applied(snapshot: TFlagsSnapshot, change: TChange): TFlagsSnapshot {
  if (snapshot.access === 'none' || snapshot.flags.has(change.questionKey) === change.on) return snapshot;
  const flags = new Set(snapshot.flags);
  if (change.on) flags.add(change.questionKey);
  else flags.delete(change.questionKey);
  return { ...snapshot, flags };
}

/** The assessment's answer flags as this member may see them, kept current, and the way to change one. */
export function useAnswerFlags(
  assessmentId: string,
): TFlagsSnapshot & { change: (questionKey: string, on: boolean) => Promise<string | null> } {
  const queryClient = useQueryClient();
  // Whether this member may see flags at all; only a clear answer settles it.
  const access = useQuery({
    queryKey: queryKeys.reportAccess(assessmentId),
    queryFn: () => fetchJson<TReportAccessResponse>(`/api/assessments/${assessmentId}/report/access`),
    staleTime: Infinity,
  }).data;
  const sees = access?.seesSensitive === true;
  const flags = useQuery({
    queryKey: queryKeys.answerFlags(assessmentId),
    queryFn: () => readFlags(assessmentId),
    enabled: sees,
  }).data;
  const snapshot = !access ? UNKNOWN : !sees ? NONE : (flags ?? UNKNOWN);

  // Through applyChange: a change that arrives while the list is being read (the first read of
  // the page, or the read again on rejoining the room) would otherwise be overwritten by that
  // read's older answer, and the badge would not show until the next read.
  const apply = useCallback(
    (change: TChange) =>
      applyChange<TFlagsSnapshot>(queryClient, queryKeys.answerFlags(assessmentId), (cur) => applied(cur, change)),
    [queryClient, assessmentId],
  );

  // Every card listens; applying the same change twice is a no-op, so no listener count is kept.
  const shared = useSharedLiveSocket();
  const socket = shared?.assessmentId === assessmentId ? shared.socket : null;
  useEffect(() => {
    if (!socket) return;
    socket.on('answer-flags:changed', apply);
    return () => {
      socket.off('answer-flags:changed', apply);
    };
  }, [socket, apply]);

  const change = async (questionKey: string, on: boolean): Promise<string | null> => {
    const url = `/api/assessments/${assessmentId}/answer-flags`;
    const res = on
      ? await sendJson<TChange>(url, 'PUT', { questionKey, flag: 'sensitive' })
      : await sendJson<TChange>(
          `${url}?${new URLSearchParams({ questionKey, flag: 'sensitive' }).toString()}`,
          'DELETE',
        );
    if (!res.ok) return res.fieldErrors.questionKey?.[0] ?? res.error;
    apply({ questionKey, flag: 'sensitive', on });
    return null;
  };
  return { ...snapshot, change };
}
