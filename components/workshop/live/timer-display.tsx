'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { announcedMinutes, formatMmSs, remainingMs } from '@/lib/domain/workshop/live-timer';
import { useLiveRoom } from './live-room-provider';
import { useNow } from './use-now';

/**
 * The shared countdown, counted against the server's clock so every participant sees the same
 * time. Screen readers hear it once a minute (and when time is up), not every second.
 */
export function TimerDisplay() {
  const t = useTranslations('live');
  const { state, serverNow } = useLiveRoom();
  const timer = state?.timer ?? null;
  const running = timer !== null && timer.pausedRemainingMs === null;
  // Re-render on every tick; the time itself is read from the server-corrected clock.
  useNow(running);
  if (!timer) return null;
  const left = remainingMs(timer, serverNow());
  const paused = timer.pausedRemainingMs !== null;
  // Said when paused, on each whole minute and when time is up; nothing in between.
  const minutes = announcedMinutes(left);
  const label = timer.label;
  const spoken = paused
    ? t('spokenPaused', { label, left: formatMmSs(left) })
    : minutes === null
      ? null
      : minutes === 0
        ? t('spokenUp', { label })
        : t('spokenMinutes', { label, n: minutes });
  return (
    <div className="flex items-center gap-2" data-testid="live-timer">
      <span className="text-sm text-slate-700">{timer.label}</span>
      <span
        role="timer"
        aria-label={t('timeLeft', { label })}
        className="font-mono text-lg font-semibold tabular-nums"
        data-testid="live-timer-value"
      >
        {formatMmSs(left)}
      </span>
      {paused && <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">{t('paused')}</span>}
      {left === 0 && !paused && (
        <span className="rounded bg-red-100 px-1.5 text-xs font-medium text-red-900">{t('timeUp')}</span>
      )}
      <TimerAnnouncer text={spoken} />
    </div>
  );
}

// Keeps the last sentence worth saying: between minute boundaries the region keeps its text,
// so nothing new is announced (state adjusted while rendering, React's pattern for derived state).
function TimerAnnouncer({ text }: { text: string | null }) {
  const [spoken, setSpoken] = useState('');
  if (text !== null && text !== spoken) setSpoken(text);
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true">
      {spoken}
    </p>
  );
}
