'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect } from 'react';
import type { TLiveAck, TLiveState } from '@/lib/realtime/live-events';

type TArgs = {
  assessmentId: string;
  connected: boolean;
  state: TLiveState | null;
  meId: string | null;
  optedOut: boolean;
  send: (event: 'follow:set' | 'presence:where', payload: { path: string }) => Promise<TLiveAck>;
};

/**
 * Keeps this client where follow-me says: a follower is taken to the leader's page; the leader's
 * own navigation moves the target (that is what "follow me" means). Also reports where I am.
 */
export function useFollowNavigation({ assessmentId, connected, state, meId, optedOut, send }: TArgs): void {
  const router = useRouter();
  const pathname = usePathname();
  const follow = state?.follow ?? null;
  const leading = follow !== null && follow.byUserId === meId;
  const inAssessment = pathname.startsWith(`/assessments/${assessmentId}`);

  useEffect(() => {
    if (!connected || !follow || leading || optedOut || pathname === follow.path) return;
    router.push(follow.path);
  }, [connected, follow, leading, optedOut, pathname, router]);

  useEffect(() => {
    if (!connected || !leading || !inAssessment || pathname === follow?.path) return;
    void send('follow:set', { path: pathname });
  }, [connected, leading, inAssessment, pathname, follow?.path, send]);

  useEffect(() => {
    if (connected && inAssessment) void send('presence:where', { path: pathname });
  }, [connected, inAssessment, pathname, send]);
}
