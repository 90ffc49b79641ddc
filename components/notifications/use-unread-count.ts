'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { fetchJson } from '@/components/ui/query-fetch';
import { queryKeys } from '@/components/ui/query-keys';
import type { TNotificationsResponse } from '@/lib/contracts/notifications';
import { connectLive } from '@/lib/realtime/live-client';
import type { TLiveSocket } from '@/lib/realtime/use-assessment-live';

/**
 * The member's unread notifications, kept live: read once, then pushed by the server to every
 * connection of the member (whatever page they are on). A push also makes the lists read again;
 * on reconnecting, when a push may have been missed, everything about notifications is read again
 * (the query cache does the same on returning to the tab).
 */
export function useUnreadCount(initial: number): number {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: queryKeys.unreadNotifications(),
    queryFn: () => fetchJson<TNotificationsResponse>('/api/me/notifications?unread=1').then((res) => res.unread),
    initialData: initial,
  });
  useEffect(() => {
    const socket: TLiveSocket = connectLive();
    socket.on('notifications:unread', (state) => {
      queryClient.setQueryData(queryKeys.unreadNotifications(), state.unread);
      void queryClient.invalidateQueries({ queryKey: queryKeys.notificationLists() });
    });
    socket.on('connect', () => void queryClient.invalidateQueries({ queryKey: queryKeys.notifications() }));
    return () => {
      socket.disconnect();
    };
  }, [queryClient]);
  return data;
}
