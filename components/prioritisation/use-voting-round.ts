'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TRatingValue } from '@/lib/domain/priorities/priority-levels';
import { useSharedLiveSocket } from '@/lib/realtime/live-socket-context';
import type { TMyBallot, TRoundView, TVotingAck, TVotingEventName, TVotingPayload } from '@/lib/realtime/voting-events';

export type TVotingRound = {
  connected: boolean;
  round: TRoundView | null;
  mine: TMyBallot;
  /** Sends a voting event through the live room; the server checks the role and the round. */
  send: <E extends TVotingEventName>(
    event: E,
    payload: TVotingPayload<E>,
  ) => Promise<TVotingAck & { roundId?: string }>;
  rate: (activityId: string, criterion: string, value: TRatingValue) => Promise<TVotingAck>;
  placeDots: (activityId: string, dots: number) => Promise<TVotingAck>;
};

const EMPTY: TMyBallot = { ratings: {}, dots: {} };

/**
 * The assessment's current voting round over the layout's live socket, with my own ballot (kept in step with my acks).
 */
export function useVotingRound(): TVotingRound {
  const t = useTranslations('live');
  const tp = useTranslations('prioritisation');
  const shared = useSharedLiveSocket();
  const socket = shared?.socket ?? null;
  const joined = shared?.joined ?? false;
  const [round, setRound] = useState<TRoundView | null>(null);
  const [mine, setMine] = useState<TMyBallot>(EMPTY);
  const roundId = useRef<string | null>(null);

  useEffect(() => {
    if (!socket || !joined) return;
    const onUpdate = (r: TRoundView) => {
      // A new round starts with an empty ballot.
      if (roundId.current !== r.id) setMine(EMPTY);
      roundId.current = r.id;
      // A tally older than one already shown (read before it, delivered after) keeps the newer counts.
      setRound((cur) =>
        cur?.id === r.id && cur.version > r.version
          ? { ...r, version: cur.version, tally: cur.tally, voters: cur.voters }
          : r,
      );
    };
    socket.on('round:update', onUpdate);
    socket.emit('round:sync', {}, (res) => {
      if (!res.ok) return;
      roundId.current = res.round?.id ?? null;
      setRound(res.round);
      setMine(res.mine);
    });
    return () => {
      socket.off('round:update', onUpdate);
    };
  }, [socket, joined]);

  const send = useCallback(
    <E extends TVotingEventName>(event: E, payload: TVotingPayload<E>) => {
      if (!socket?.connected) return Promise.resolve<TVotingAck>({ ok: false, error: t('notConnected') });
      // The live socket's typed emit cannot follow a generic event name to its listener type.
      const emit = socket.emitWithAck.bind(socket) as unknown as (
        ev: string,
        p: unknown,
      ) => Promise<TVotingAck & { roundId?: string }>;
      return emit(event, payload).catch((): TVotingAck => ({ ok: false, error: t('noAnswer') }));
    },
    [socket, t],
  );

  const rate = useCallback(
    async (activityId: string, criterion: string, value: TRatingValue) => {
      if (!round) return { ok: false as const, error: tp('noOpenRound') };
      const res = await send('rating:set', { roundId: round.id, activityId, criterion, value });
      if (res.ok)
        setMine((m) => ({
          ...m,
          ratings: { ...m.ratings, [activityId]: { ...m.ratings[activityId], [criterion]: value } },
        }));
      return res;
    },
    [round, send, tp],
  );

  const placeDots = useCallback(
    async (activityId: string, dots: number) => {
      if (!round) return { ok: false as const, error: tp('noOpenRound') };
      const res = await send('dots:set', { roundId: round.id, activityId, dots });
      if (res.ok) setMine((m) => ({ ...m, dots: { ...m.dots, [activityId]: dots } }));
      return res;
    },
    [round, send, tp],
  );

  return { connected: joined, round, mine, send, rate, placeDots };
}
