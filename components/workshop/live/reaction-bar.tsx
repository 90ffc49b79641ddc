'use client';

import { useTranslations } from 'next-intl';
import { REACTIONS } from '@/lib/realtime/live-constants';
import { useLiveRoom } from './live-room-provider';

/** The fixed set of reactions, and the reactions of the last few seconds with who sent them. */
export function ReactionBar() {
  const t = useTranslations('live');
  const { reactions, send, connected } = useLiveRoom();
  return (
    <div className="flex flex-wrap items-center gap-1 text-sm">
      <div role="group" aria-label={t('react')} className="flex gap-1">
        {REACTIONS.map((emoji) => (
          <button
            key={emoji}
            type="button"
            disabled={!connected}
            title={t(`reaction.${emoji}`)}
            aria-label={t(`reaction.${emoji}`)}
            className="min-h-8 min-w-8 rounded-md px-1.5 py-0.5 hover:bg-slate-100 disabled:opacity-50"
            // A refused reaction (more than one a second) is simply not shown.
            onClick={() => void send('reaction', { emoji })}
          >
            {emoji}
          </button>
        ))}
      </div>
      {/* Not a live region: reactions are ambience, and announcing each would drown the timer and announcements. */}
      <ul className="flex gap-2" aria-label={t('recentReactions')}>
        {reactions.map((r) => (
          <li key={`${r.userId}-${r.at}`}>
            <span aria-hidden="true">{r.emoji}</span>
            <span className="text-xs text-slate-600"> {r.name}</span>
            <span className="sr-only">: {t(`reaction.${r.emoji}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
