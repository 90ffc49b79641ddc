'use client';

import { useState } from 'react';
import { useLiveRoom } from './live-room-provider';

const small = 'rounded-md border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:text-slate-400';

/** My raise/lower hand button and the queue of raised hands (facilitators lower anyone's or all). */
export function HandQueue() {
  const { hands, snapshot, isFacilitator, send, connected } = useLiveRoom();
  const [error, setError] = useState<string | null>(null);
  const meId = snapshot?.me.id;
  const raised = hands.some((h) => h.userId === meId);
  const act = async (p: Promise<{ ok: boolean; error?: string }>) => {
    const res = await p;
    setError(res.ok ? null : (res.error ?? 'Refused.'));
  };
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button type="button" className={small} aria-pressed={raised} disabled={!connected} onClick={() => void act(send(raised ? 'hand:lower' : 'hand:raise', {}))}>
        <span aria-hidden="true">✋ </span>
        {raised ? 'Lower my hand' : 'Raise hand'}
      </button>
      {hands.length > 0 && (
        <details>
          <summary className="cursor-pointer">{hands.length} {hands.length === 1 ? 'hand' : 'hands'} up</summary>
          <ol className="absolute z-20 mt-1 min-w-56 list-decimal rounded-md border border-slate-300 bg-white p-2 pl-6 shadow" aria-label="Raised hands, in order">
            {hands.map((h) => (
              <li key={h.userId} className="py-0.5">
                {h.name}
                {isFacilitator && h.userId !== meId && (
                  <button type="button" className={`${small} ml-2`} onClick={() => void act(send('hand:lower', { userId: h.userId }))}>
                    Lower<span className="sr-only"> {h.name}’s hand</span>
                  </button>
                )}
              </li>
            ))}
            {isFacilitator && (
              <li className="list-none pt-1">
                <button type="button" className={small} onClick={() => void act(send('hands:clear', {}))}>
                  Lower all hands
                </button>
              </li>
            )}
          </ol>
        </details>
      )}
      {error && <span role="alert" className="text-red-700">{error}</span>}
    </div>
  );
}
