'use client';

import { consoleButton, useConsoleAction } from './console-actions';
import { useLiveRoom } from './live-room-provider';

/** Lock or unlock editing of each area of the scope; the lock shows as text and an icon, not colour alone. */
export function ConsoleAreas() {
  const { state, snapshot, send } = useLiveRoom();
  const { busy, error, run } = useConsoleAction();
  const locked = new Set(state?.lockedAreas ?? []);
  return (
    <details>
      <summary className="cursor-pointer font-semibold">
        Editing locks ({locked.size} {locked.size === 1 ? 'area' : 'areas'} locked)
      </summary>
      <ul className="mt-2 grid max-h-64 gap-1 overflow-y-auto text-sm">
        {(snapshot?.areas ?? []).map((a) => {
          const isLocked = locked.has(a.id);
          return (
            <li key={a.id} className="flex items-center justify-between gap-2">
              <span>
                {isLocked && <span aria-hidden="true">🔒 </span>}
                {a.label}
                {isLocked && <span className="font-medium"> (locked)</span>}
              </span>
              <button type="button" className={consoleButton} disabled={busy} onClick={() => run(() => send(isLocked ? 'area:unlock' : 'area:lock', { areaId: a.id }))}>
                {isLocked ? 'Unlock' : 'Lock'}
                <span className="sr-only"> {a.label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </details>
  );
}
