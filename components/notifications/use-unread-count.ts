'use client';

import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import type { TNotificationsResponse } from '@/lib/contracts/notifications';
import { SOCKET_PATH } from '@/lib/realtime/live-constants';
import type { TLiveSocket } from '@/lib/realtime/use-assessment-live';

/**
 * The member's unread notifications, kept live: read once, then pushed by the server to every
 * connection of the member (whatever page they are on), and read again on reconnecting and on
 * returning to the tab, when a push may have been missed.
 */
export function useUnreadCount(initial: number): number {
  const [unread, setUnread] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const refresh = () =>
      void fetch('/api/me/notifications?unread=1')
        .then((res) => (res.ok ? (res.json() as Promise<TNotificationsResponse>) : null))
        .then((data) => {
          if (data && !stopped) setUnread(data.unread);
        })
        .catch(() => undefined);
    const socket: TLiveSocket = io({ path: SOCKET_PATH, transports: ['websocket'] });
    socket.on('notifications:unread', (state) => setUnread(state.unread));
    socket.on('connect', refresh);
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisible);
      socket.disconnect();
    };
  }, []);
  return unread;
}
