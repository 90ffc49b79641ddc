'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { pageOfPath } from '@/lib/domain/workshop/live-paths';
import type { TLiveAck, TLiveState } from '@/lib/realtime/live-events';

const PRESENCE_SETTLE_MS = 250;

type TArgs = {
  assessmentId: string;
  connected: boolean;
  state: TLiveState | null;
  meId: string | null;
  optedOut: boolean;
  send: (event: 'follow:set' | 'presence:where', payload: { path: string; following?: boolean }) => Promise<TLiveAck>;
};

/**
 * Keeps this client where follow-me says: a follower is taken to the leader's page; the leader's
 * own navigation moves the target (that is what "follow me" means). Also reports where I am and
 * whether I follow, so the leader sees who does.
 */
export function useFollowNavigation({ assessmentId, connected, state, meId, optedOut, send }: TArgs): void {
  const router = useRouter();
  const pathname = usePathname();
  const follow = state?.follow ?? null;
  const target = follow?.path ?? null;
  const leading = follow !== null && follow.byUserId === meId;
  const inAssessment = pathname.startsWith(`/assessments/${assessmentId}`);
  // Facilitators run the session from the cockpit: starting an item there must neither move the
  // room to the cockpit nor take a co-facilitator away from it.
  const onCockpit = pathname === `/assessments/${assessmentId}/cockpit`;

  // The target may carry a query and a fragment (a presented finding), which the pathname lacks:
  // the whole location is compared, when the target or the follower's page changes.
  useEffect(() => {
    if (!connected || target === null || leading || optedOut || onCockpit) return;
    const { pathname: here, search, hash } = window.location;
    if (`${here}${search}${hash}` !== target) router.push(target);
  }, [connected, target, leading, optedOut, onCockpit, pathname, router]);

  // Only the leader's change of page moves the target: a finding they presented on this page stays.
  useEffect(() => {
    if (!connected || !leading || !inAssessment || onCockpit || target === null || pathname === pageOfPath(target))
      return;
    void send('follow:set', { path: pathname });
  }, [connected, leading, inAssessment, onCockpit, pathname, target, send]);

  // Following and being taken to the leader's page come a moment apart; one report after both
  // keeps within the server's limit on how often a tab may say where it is.
  const following = follow !== null && !leading && !optedOut;
  useEffect(() => {
    if (!connected || !inAssessment) return;
    const id = setTimeout(() => void send('presence:where', { path: pathname, following }), PRESENCE_SETTLE_MS);
    return () => clearTimeout(id);
  }, [connected, inAssessment, pathname, following, send]);
}
