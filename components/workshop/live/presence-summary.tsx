'use client';

import { useT } from '@/lib/i18n/client';
import { liveMessages } from '@/lib/i18n/messages/live';
import { useLiveRoom } from './live-room-provider';

/** How many people are online, with their names and where they are, in a disclosure. */
export function PresenceSummary() {
  const t = useT(liveMessages);
  const { presence, connected, snapshot } = useLiveRoom();
  const areaLabel = (id: string | null) => (id ? (snapshot?.areas.find((a) => a.id === id)?.label ?? id) : null);
  return (
    // Not positioned on phones: the strip scrolls sideways there, and the list must escape its clipping.
    <details className="text-sm sm:relative">
      <summary className="cursor-pointer select-none" data-testid="live-online">
        <span aria-hidden="true">{connected ? '●' : '○'} </span>
        {connected ? t('online', { n: presence.length }) : t('offline')}
      </summary>
      <ul
        className="absolute z-20 mt-1 w-max max-w-[calc(100vw-2rem)] min-w-48 rounded-md border border-slate-300 bg-white p-2 shadow"
        aria-label={t('onlineNow')}
      >
        {presence.map((p) => (
          <li key={p.userId}>
            {p.name}
            {p.userId === snapshot?.me.id && t('you')}
            {areaLabel(p.areaId) && <span className="text-slate-600"> · {areaLabel(p.areaId)}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
