'use client';

import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { TServerEvents } from '@/lib/realtime/events';
import { useSharedLiveSocket } from '@/lib/realtime/live-socket-context';

/** Events that carry no data of their own: they only say that something should be read again. */
type TSignal = { [E in keyof TServerEvents]: Parameters<TServerEvents[E]> extends [] ? E : never }[keyof TServerEvents];

/**
 * Marks a query stale whenever the assessment's live room sends `event`, so that it is read again
 * at once while shown.
 */
export function useLiveInvalidation(event: TSignal, queryKey: QueryKey): void {
  const queryClient = useQueryClient();
  const socket = useSharedLiveSocket()?.socket;
  const keyRef = useRef(queryKey);
  useEffect(() => {
    keyRef.current = queryKey;
  });
  useEffect(() => {
    if (!socket) return;
    const invalidate = () => void queryClient.invalidateQueries({ queryKey: keyRef.current });
    socket.on(event, invalidate);
    return () => {
      socket.off(event, invalidate);
    };
  }, [socket, queryClient, event]);
}
