'use client';

import { useEffect, useRef, useState } from 'react';
import type { TClientEvents, TServerEvents } from './events';
import { type LiveSocket, connectLive } from './live-client';
import { useSharedLiveSocket } from './live-socket-context';

export type TLiveSocket = LiveSocket<TServerEvents, TClientEvents>;
type THandlers = Partial<Pick<TServerEvents, 'comment:created' | 'evidence:added' | 'evidence:removed'>>;

function subscribe(socket: TLiveSocket, handlersRef: { current: THandlers }): () => void {
  const onComment: TServerEvents['comment:created'] = (c) => handlersRef.current['comment:created']?.(c);
  const onAdded: TServerEvents['evidence:added'] = (e) => handlersRef.current['evidence:added']?.(e);
  const onRemoved: TServerEvents['evidence:removed'] = (e) => handlersRef.current['evidence:removed']?.(e);
  socket.on('comment:created', onComment);
  socket.on('evidence:added', onAdded);
  socket.on('evidence:removed', onRemoved);
  return () => {
    socket.off('comment:created', onComment);
    socket.off('evidence:added', onAdded);
    socket.off('evidence:removed', onRemoved);
  };
}

/**
 * Connects to the assessment's live room for as long as the component is mounted and calls
 * `handlers` for the events it receives. Handlers may change between renders without reconnecting.
 * Inside the assessment layout it listens on the layout's socket (one socket per page tree).
 */
export function useAssessmentLive(assessmentId: string, handlers: THandlers): { connected: boolean } {
  const shared = useSharedLiveSocket();
  // Inside the assessment layout, the layout's socket serves, once it has connected.
  const inLayout = shared?.assessmentId === assessmentId;
  const sharedSocket = inLayout ? shared.socket : null;
  const [ownConnected, setOwnConnected] = useState(false);
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    if (inLayout) return sharedSocket ? subscribe(sharedSocket, handlersRef) : undefined;
    const socket: TLiveSocket = connectLive();
    // Rejoin after every (re)connection: rooms do not survive a reconnect.
    socket.on('connect', () => socket.emit('assessment:join', { assessmentId }, (res) => setOwnConnected(res.ok)));
    socket.on('disconnect', () => setOwnConnected(false));
    const unsubscribe = subscribe(socket, handlersRef);
    return () => {
      unsubscribe();
      socket.disconnect();
    };
  }, [assessmentId, inLayout, sharedSocket]);

  return { connected: inLayout ? shared.joined : ownConnected };
}
