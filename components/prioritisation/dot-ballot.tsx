'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import type { TRoundView, TVotingAck } from '@/lib/realtime/voting-events';
import { refusalText } from '@/components/ui/api-client';

type TDotBallotProps = {
  round: TRoundView;
  activities: { id: string; title: string }[];
  mine: Record<string, number>;
  canVote: boolean;
  placeDots: (activityId: string, dots: number) => Promise<TVotingAck>;
};

/** Dot voting: place and remove dots within the budget and the cap per activity; live totals when shown. */
export function DotBallot({ round, activities, mine, canVote, placeDots }: TDotBallotProps) {
  const t = useTranslations('prioritisation');
  const [error, setError] = useState<string | null>(null);
  const used = Object.values(mine).reduce((a, b) => a + b, 0);
  const totals = round.tally && 'dots' in round.tally ? round.tally.dots : null;
  const open = round.status === 'open' && canVote;
  const change = async (id: string, dots: number) => {
    const res = await placeDots(id, dots);
    setError(res.ok ? null : await refusalText(res));
  };
  return (
    <div className="grid gap-2">
      {canVote && (
        <p className="text-sm" role="status">
          {t('dotsUsed', { used, budget: round.budget ?? 0, cap: round.cap ?? 0 })}
        </p>
      )}
      <ul className="grid gap-1">
        {activities.map((a) => {
          const n = mine[a.id] ?? 0;
          return (
            <li key={a.id} className="flex flex-wrap items-center gap-2 rounded border border-slate-300 p-2">
              <span className="min-w-0 flex-1 basis-48 font-medium">{a.title}</span>
              {canVote && (
                <span className="flex items-center gap-1">
                  <button
                    type="button"
                    disabled={!open || n === 0}
                    onClick={() => void change(a.id, n - 1)}
                    aria-label={t('removeDot', { title: a.title })}
                    className="min-h-11 min-w-11 rounded border border-slate-400 px-2 disabled:opacity-40"
                  >
                    −
                  </button>
                  <span role="img" aria-label={t('yourDots', { title: a.title }) + `: ${n}`}>
                    {'●'.repeat(n) || '0'}
                  </span>
                  <button
                    type="button"
                    disabled={!open || n >= (round.cap ?? 0) || used >= (round.budget ?? 0)}
                    onClick={() => void change(a.id, n + 1)}
                    aria-label={t('addDot', { title: a.title })}
                    className="min-h-11 min-w-11 rounded border border-slate-400 px-2 disabled:opacity-40"
                  >
                    +
                  </button>
                </span>
              )}
              {totals && <span className="text-sm text-slate-700">{t('dotTotal', { n: totals[a.id] ?? 0 })}</span>}
            </li>
          );
        })}
      </ul>
      <FormError message={error} />
    </div>
  );
}
