'use client';

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { CollabSession, type TCollabOptions, type TCollabSnapshot, type TCollabUser } from './collab-session';

/**
 * Owns one collaborative document for the lifetime of the calling component: the Y.Doc and its
 * WebsocketProvider are created in an effect and destroyed on unmount. Returns the document
 * (null until the effect ran), the connection state and the count of unacknowledged changes.
 * `offline: true` also keeps the document in this browser for reloads without a network.
 */
export function useCollabDoc(
  docName: string,
  user: TCollabUser,
  { offline = false }: TCollabOptions = {},
): TCollabSnapshot {
  const { id, name, color } = user;
  // Constructing a session is inert; only the effect below opens it.
  const session = useMemo(
    () => new CollabSession(docName, { id, name, color }, { offline }),
    [docName, id, name, color, offline],
  );
  // In render, not in the effect: the effect runs once the whole page has hydrated, which on a slow
  // device is seconds later; the socket connects meanwhile.
  session.openSocketEarly();
  useEffect(() => {
    session.open();
    return () => session.close();
  }, [session]);
  return useSyncExternalStore(session.subscribe, session.getSnapshot, session.getServerSnapshot);
}
