'use client';

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { CollabSession, type TCollabSnapshot, type TCollabUser } from './collab-session';

/**
 * Owns one collaborative document for the lifetime of the calling component: the Y.Doc and its
 * WebsocketProvider are created in an effect and destroyed on unmount. Returns the document
 * (null until the effect ran), the connection state and the count of unacknowledged changes.
 */
export function useCollabDoc(docName: string, user: TCollabUser): TCollabSnapshot {
  const { id, name, color } = user;
  // Constructing a session is inert; only the effect below opens it.
  const session = useMemo(() => new CollabSession(docName, { id, name, color }), [docName, id, name, color]);
  useEffect(() => {
    session.open();
    return () => session.close();
  }, [session]);
  return useSyncExternalStore(session.subscribe, session.getSnapshot, session.getServerSnapshot);
}
