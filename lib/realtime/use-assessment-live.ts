'use client';

import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type TClientEvents, type TServerEvents } from './events';

export type TLiveSocket = Socket<TServerEvents, TClientEvents>;
type THandlers = Partial<TServerEvents>;

/**
 * Connects to the assessment's live room for as long as the component is mounted and calls
 * `handlers` for the events it receives. Handlers may change between renders without reconnecting.
 */
export function useAssessmentLive(assessmentId: string, handlers: THandlers): { connected: boolean } {
  const [connected, setConnected] = useState(false);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    const socket: TLiveSocket = io({ path: SOCKET_PATH, transports: ['websocket'] });
    // Rejoin after every (re)connection: rooms do not survive a reconnect.
    socket.on('connect', () => socket.emit('assessment:join', { assessmentId }, (res) => setConnected(res.ok)));
    socket.on('disconnect', () => setConnected(false));
    socket.on('comment:created', (c) => handlersRef.current['comment:created']?.(c));
    socket.on('evidence:added', (e) => handlersRef.current['evidence:added']?.(e));
    socket.on('evidence:removed', (e) => handlersRef.current['evidence:removed']?.(e));
    return () => {
      socket.disconnect();
    };
  }, [assessmentId]);

  return { connected };
}
