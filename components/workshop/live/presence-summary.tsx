'use client';

import { useLiveRoom } from './live-room-provider';

/** How many people are online, with their names and where they are, in a disclosure. */
export function PresenceSummary() {
  const { presence, connected, snapshot } = useLiveRoom();
  const areaLabel = (id: string | null) => (id ? (snapshot?.areas.find((a) => a.id === id)?.label ?? id) : null);
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer select-none" data-testid="live-online">
        <span aria-hidden="true">{connected ? '●' : '○'} </span>
        {connected ? `${presence.length} online` : 'Live room offline'}
      </summary>
      <ul className="absolute z-20 mt-1 min-w-64 rounded-md border border-slate-300 bg-white p-2 shadow" aria-label="Online now">
        {presence.map((p) => (
          <li key={p.userId}>
            {p.name}
            {p.userId === snapshot?.me.id && ' (you)'}
            {areaLabel(p.areaId) && <span className="text-slate-600"> · {areaLabel(p.areaId)}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
