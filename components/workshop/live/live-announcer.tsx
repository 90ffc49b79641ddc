'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { TRaisedHand } from '@/lib/domain/workshop/live-hands';
import type { TPresence } from '@/lib/domain/workshop/live-presence';
import { useFormat } from '@/lib/i18n/client';
import { useLiveRoom } from './live-room-provider';

type TSeen = { presence: readonly TPresence[]; hands: readonly TRaisedHand[] };

const added = <T extends { userId: string; name: string }>(
  before: readonly T[],
  after: readonly T[],
  except: string | undefined,
) => after.filter((x) => x.userId !== except && !before.some((b) => b.userId === x.userId)).map((x) => x.name);

/**
 * Tells screen-reader users, politely, who joins or leaves the live room and who raises or lowers
 * a hand (with the count of hands up): what sighted people notice in the live bar. Their own
 * actions are not repeated back to them; the room's first state is the baseline, not news.
 */
export function LiveAnnouncer() {
  const t = useTranslations('liveAnnouncer');
  const f = useFormat();
  const { presence, hands, snapshot } = useLiveRoom();
  const me = snapshot?.me.id;
  const [seen, setSeen] = useState<TSeen | null>(null);
  const [message, setMessage] = useState('');

  // State adjusted while rendering (React's pattern for deriving from a change of props).
  if (snapshot && (seen === null || seen.presence !== presence || seen.hands !== hands)) {
    if (seen !== null) {
      const joined = added(seen.presence, presence, me);
      const left = added(presence, seen.presence, me);
      const raised = added(seen.hands, hands, me);
      const lowered = added(hands, seen.hands, me);
      const parts = [
        joined.length > 0 ? t('joined', { names: f.list(joined) }) : null,
        left.length > 0 ? t('left', { names: f.list(left) }) : null,
        raised.length > 0 ? t('raised', { names: f.list(raised) }) : null,
        lowered.length > 0 ? t('lowered', { names: f.list(lowered) }) : null,
        raised.length > 0 || lowered.length > 0 ? t('handsUp', { n: hands.length }) : null,
      ].filter(Boolean);
      if (parts.length > 0) setMessage(parts.join(' '));
    }
    setSeen({ presence, hands });
  }

  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {message}
    </p>
  );
}
