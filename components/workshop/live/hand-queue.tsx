'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { refusalText } from '@/components/ui/api-client';
import { lazyComponent } from '@/components/ui/lazy-component';
import { useLiveRoom } from './live-room-provider';
import { handButtonClass as small } from './hand-button';

// Hands are up now and then in a session, and not at all on most page loads: the list comes then.
const RaisedHands = lazyComponent(() => import('./raised-hands').then((m) => m.RaisedHands));

/** My raise/lower hand button and the queue of raised hands (facilitators lower anyone's or all). */
export function HandQueue() {
  const t = useTranslations('live');
  const { hands, snapshot, isFacilitator, send, connected } = useLiveRoom();
  const [error, setError] = useState<string | null>(null);
  const meId = snapshot?.me.id;
  const raised = hands.some((h) => h.userId === meId);
  const act = async (p: Promise<{ ok: boolean; error?: string }>) => {
    const res = await p;
    setError(res.ok ? null : await refusalText(res));
  };
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        className={small}
        aria-pressed={raised}
        disabled={!connected}
        onClick={() => void act(send(raised ? 'hand:lower' : 'hand:raise', {}))}
      >
        <span aria-hidden="true">✋ </span>
        {raised ? t('lowerMyHand') : t('raiseHand')}
      </button>
      {hands.length > 0 && (
        <RaisedHands
          hands={hands}
          meId={meId}
          isFacilitator={isFacilitator}
          lower={(userId) => void act(send('hand:lower', { userId }))}
          lowerAll={() => void act(send('hands:clear', {}))}
        />
      )}
      {error && (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
