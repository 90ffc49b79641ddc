'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useLiveRoom } from './live-room-provider';
import { refusalText } from '@/components/ui/api-client';

const small =
  'min-h-8 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:text-slate-400';

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
        <details>
          <summary className="cursor-pointer">{t('handsUp', { n: hands.length })}</summary>
          <ol
            className="absolute z-20 mt-1 min-w-56 list-decimal rounded-md border border-slate-300 bg-white p-2 pl-6 shadow"
            aria-label={t('raisedHands')}
          >
            {hands.map((h) => (
              <li key={h.userId} className="py-0.5">
                {h.name}
                {isFacilitator && h.userId !== meId && (
                  <button
                    type="button"
                    className={`${small} ml-2`}
                    onClick={() => void act(send('hand:lower', { userId: h.userId }))}
                  >
                    {t('lower')}
                    <span className="sr-only">{t('lowerHandOf', { name: h.name })}</span>
                  </button>
                )}
              </li>
            ))}
            {isFacilitator && (
              <li className="list-none pt-1">
                <button type="button" className={small} onClick={() => void act(send('hands:clear', {}))}>
                  {t('lowerAll')}
                </button>
              </li>
            )}
          </ol>
        </details>
      )}
      {error && (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}
