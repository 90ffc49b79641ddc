'use client';

import { useTranslations } from 'next-intl';
import { usePathname, useRouter } from 'next/navigation';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { TRaisedHand } from '@/lib/domain/workshop/live-hands';
import { mayPresent, mayRunConsole } from '@/lib/domain/workshop/live-permissions';
import type { TPresence } from '@/lib/domain/workshop/live-presence';
import { clockOffsetMs } from '@/lib/domain/workshop/live-timer';
import { connectLive } from '@/lib/realtime/live-client';
import type {
  TLiveAck,
  TLiveEventName,
  TLivePayload,
  TLiveSnapshot,
  TLiveState,
  TReaction,
} from '@/lib/realtime/live-events';
import { LiveSocketContext, type TSharedLiveSocket } from '@/lib/realtime/live-socket-context';
import type { TLiveSocket } from '@/lib/realtime/use-assessment-live';
import type { TAgendaNow } from '@/lib/contracts/sessions';
import { queryKeys } from '@/components/ui/query-keys';
import { useFollowNavigation } from './use-follow-navigation';

/** Everything the live room offers to components below the assessment layout. */
export type TLiveRoom = {
  assessmentId: string;
  /** The assessment's sections by their path's first segment ('' the overview), named as its tabs name them. */
  sectionLabels: Readonly<Record<string, string>>;
  connected: boolean;
  /** Null until the first join answered. */
  snapshot: Omit<TLiveSnapshot, 'state' | 'presence' | 'hands' | 'serverNow'> | null;
  state: TLiveState | null;
  presence: TPresence[];
  hands: TRaisedHand[];
  reactions: TReaction[];
  /** The agenda item running now (the run of show), null when none runs. */
  agendaItem: TAgendaNow | null;
  /** The server's clock now, as measured on join: what the timer counts against. */
  serverNow: () => number;
  isFacilitator: boolean;
  /** Whether I may take everyone to a page: facilitators, and the spotlighted group's rapporteur. */
  canPresent: boolean;
  /** Takes everyone (who follows) to `path`; the server checks that I may. */
  present: (path: string) => Promise<TLiveAck>;
  /** Whether this client stopped following the current leader. */
  optedOut: boolean;
  stopFollowing: () => void;
  /** Follows the current leader again after having stopped. */
  followAgain: () => void;
  send: <E extends TLiveEventName>(event: E, payload: TLivePayload<E>) => Promise<TLiveAck>;
};

const LiveRoomContext = createContext<TLiveRoom | null>(null);
const REACTION_SHOWN_MS = 4000;

/**
 * One socket per assessment page tree, joined to the room: state, presence, hands, reactions and the actions on them.
 */
export function LiveRoomProvider({
  assessmentId,
  sectionLabels,
  children,
}: {
  assessmentId: string;
  sectionLabels: TLiveRoom['sectionLabels'];
  children: ReactNode;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const pathname = usePathname();
  const pathRef = useRef(pathname);
  const [socket, setSocket] = useState<TLiveSocket | null>(null);
  const [connected, setConnected] = useState(false);
  const [snapshot, setSnapshot] = useState<TLiveRoom['snapshot']>(null);
  const [state, setState] = useState<TLiveState | null>(null);
  const [presence, setPresence] = useState<TPresence[]>([]);
  const [hands, setHands] = useState<TRaisedHand[]>([]);
  const [reactions, setReactions] = useState<TReaction[]>([]);
  const [agendaItem, setAgendaItem] = useState<TAgendaNow | null>(null);
  const [offset, setOffset] = useState(0);
  const [optedOutOf, setOptedOutOf] = useState<string | null>(null);

  useEffect(() => {
    pathRef.current = pathname;
  });

  useEffect(() => {
    const s: TLiveSocket = connectLive();
    s.on('connect', () => {
      setSocket(s);
      const sentAt = Date.now();
      // Rejoin after every (re)connection: rooms do not survive a reconnect.
      s.emit('assessment:join', { assessmentId, path: pathRef.current }, (res) => {
        if (!res.ok) return setConnected(false);
        const { state: st, presence: pr, hands: h, serverNow, ...rest } = res.snapshot;
        setOffset(clockOffsetMs(sentAt, Date.now(), serverNow));
        setSnapshot(rest);
        setAgendaItem(rest.agendaItem);
        setState(st);
        setPresence(pr);
        setHands(h);
        setConnected(true);
        // Events sent before the room was joined, or while the connection was down, never reach
        // this page: every read of the assessment is done again.
        void queryClient.invalidateQueries({ queryKey: queryKeys.assessment(assessmentId) });
      });
    });
    s.on('disconnect', () => setConnected(false));
    s.on('live:state', (st) => {
      setState(st);
      // A new follow-me session asks everyone along again.
      if (!st.follow) setOptedOutOf(null);
    });
    s.on('presence:update', setPresence);
    s.on('run:update', ({ item }) => setAgendaItem(item));
    s.on('hands:update', setHands);
    s.on('reaction', (r) => {
      setReactions((cur) => [...cur.slice(-9), r]);
      setTimeout(() => setReactions((cur) => cur.filter((x) => x !== r)), REACTION_SHOWN_MS);
    });
    // Facilitators running the session from the cockpit stay there.
    s.on('breakout:go', ({ path }) => {
      if (pathRef.current !== `/assessments/${assessmentId}/cockpit`) router.push(path);
    });
    return () => {
      s.disconnect();
      setSocket(null);
    };
  }, [assessmentId, router, queryClient]);

  const t = useTranslations('live');
  const send = useCallback(
    <E extends TLiveEventName>(event: E, payload: TLivePayload<E>): Promise<TLiveAck> => {
      if (!socket?.connected) return Promise.resolve({ ok: false, error: t('notConnected') });
      // The live socket's typed emit cannot follow a generic event name to its listener type.
      const emit = socket.emitWithAck.bind(socket) as unknown as (ev: string, p: unknown) => Promise<TLiveAck>;
      return emit(event, payload).catch(() => ({ ok: false, error: t('noAnswer') }));
    },
    [socket, t],
  );

  const me = snapshot?.me ?? null;
  const isFacilitator = me ? mayRunConsole(me.role) : false;
  const canPresent = me ? mayPresent(me.role, me.id, state?.spotlight?.rapporteurId ?? null) : false;
  const optedOut = state?.follow ? optedOutOf === state.follow.byUserId : false;
  useFollowNavigation({ assessmentId, connected, state, meId: me?.id ?? null, optedOut, send });

  const value = useMemo<TLiveRoom>(
    () => ({
      assessmentId,
      sectionLabels,
      connected,
      snapshot,
      state,
      presence,
      hands,
      reactions,
      agendaItem,
      serverNow: () => Date.now() + offset,
      isFacilitator,
      canPresent,
      present: (path) => send('follow:set', { path }),
      optedOut,
      stopFollowing: () => setOptedOutOf(state?.follow?.byUserId ?? null),
      followAgain: () => setOptedOutOf(null),
      send,
    }),
    [
      assessmentId,
      sectionLabels,
      connected,
      snapshot,
      state,
      presence,
      hands,
      reactions,
      agendaItem,
      offset,
      isFacilitator,
      canPresent,
      optedOut,
      send,
    ],
  );
  // Given before the socket exists too: hooks below then wait for it rather than open their own.
  const shared = useMemo<TSharedLiveSocket>(
    () => ({ assessmentId, socket, joined: connected }),
    [assessmentId, socket, connected],
  );

  return (
    <LiveSocketContext.Provider value={shared}>
      <LiveRoomContext.Provider value={value}>{children}</LiveRoomContext.Provider>
    </LiveSocketContext.Provider>
  );
}

/** The live room of the surrounding assessment page tree; throws outside a LiveRoomProvider. */
export function useLiveRoom(): TLiveRoom {
  const room = useContext(LiveRoomContext);
  if (!room) throw new Error('useLiveRoom needs a LiveRoomProvider above it');
  return room;
}
