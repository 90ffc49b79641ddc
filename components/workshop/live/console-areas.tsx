'use client';

import { useTranslations } from 'next-intl';
import { consoleButton, useConsoleAction } from './console-actions';
import { useLiveRoom } from './live-room-provider';

/** Lock or unlock editing of each area of the scope; the lock shows as text and an icon, not colour alone. */
export function ConsoleAreas() {
  const t = useTranslations('live');
  const { state, snapshot, send } = useLiveRoom();
  const { busy, error, run } = useConsoleAction();
  const locked = new Set(state?.lockedAreas ?? []);
  return (
    <details>
      <summary className="cursor-pointer font-semibold">{t('locks', { n: locked.size })}</summary>
      <ul className="mt-2 grid max-h-64 gap-1 overflow-y-auto text-sm">
        {(snapshot?.areas ?? []).map((a) => {
          const isLocked = locked.has(a.id);
          return (
            <li key={a.id} className="flex items-center justify-between gap-2">
              <span>
                {isLocked && <span aria-hidden="true">🔒 </span>}
                {a.label}
                {isLocked && <span className="font-medium">{t('locked')}</span>}
              </span>
              <button
                type="button"
                className={consoleButton}
                disabled={busy}
                onClick={() => run(() => send(isLocked ? 'area:unlock' : 'area:lock', { areaId: a.id }))}
              >
                {isLocked ? t('unlock') : t('lock')}
                <span className="sr-only"> {a.label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </details>
  );
}
