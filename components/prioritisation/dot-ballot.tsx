'use client';

import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import type { TRoundView, TVotingAck } from '@/lib/realtime/voting-events';

type TDotBallotProps = {
  round: TRoundView;
  activities: { id: string; title: string }[];
  mine: Record<string, number>;
  canVote: boolean;
  placeDots: (activityId: string, dots: number) => Promise<TVotingAck>;
};

/** Dot voting: place and remove dots within the budget and the cap per activity; live totals when shown. */
export function DotBallot({ round, activities, mine, canVote, placeDots }: TDotBallotProps) {
  const [error, setError] = useState<string | null>(null);
  const used = Object.values(mine).reduce((a, b) => a + b, 0);
  const totals = round.tally && 'dots' in round.tally ? round.tally.dots : null;
  const open = round.status === 'open' && canVote;
  const change = async (id: string, dots: number) => {
    const res = await placeDots(id, dots);
    setError(res.ok ? null : res.error);
  };
  return (
    <div className="grid gap-2">
      {canVote && (
        <p className="text-sm" role="status">
          You have placed {used} of {round.budget} dots (at most {round.cap} on one activity).
        </p>
      )}
      <ul className="grid gap-1">
        {activities.map((a) => {
          const n = mine[a.id] ?? 0;
          return (
            <li key={a.id} className="flex flex-wrap items-center gap-2 rounded border border-slate-300 p-2">
              <span className="min-w-48 flex-1 font-medium">{a.title}</span>
              {canVote && (
                <span className="flex items-center gap-1">
                  <button type="button" disabled={!open || n === 0} onClick={() => void change(a.id, n - 1)} aria-label={`Remove a dot from ${a.title}`} className="rounded border border-slate-400 px-2 disabled:opacity-40">
                    −
                  </button>
                  <span aria-label={`Your dots on ${a.title}`}>{'●'.repeat(n) || '0'}</span>
                  <button type="button" disabled={!open || n >= (round.cap ?? 0) || used >= (round.budget ?? 0)} onClick={() => void change(a.id, n + 1)} aria-label={`Add a dot to ${a.title}`} className="rounded border border-slate-400 px-2 disabled:opacity-40">
                    +
                  </button>
                </span>
              )}
              {totals && <span className="text-sm text-slate-700">Total: {totals[a.id] ?? 0}</span>}
            </li>
          );
        })}
      </ul>
      <FormError message={error} />
    </div>
  );
}
