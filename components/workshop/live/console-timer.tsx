'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { MAX_TIMER_MINUTES } from '@/lib/domain/workshop/live-timer';
import { inputClass } from '@/components/ui/field';
import { consoleButton, useConsoleAction } from './console-actions';
import { useLiveRoom } from './live-room-provider';

/** Start, pause, resume, extend and stop the shared countdown. */
export function ConsoleTimer() {
  const t = useTranslations('live');
  const { state, send } = useLiveRoom();
  const { busy, error, run } = useConsoleAction();
  const [minutes, setMinutes] = useState(15);
  const [label, setLabel] = useState(() => t('defaultTimerLabel'));
  const timer = state?.timer ?? null;
  return (
    <fieldset className="grid gap-2">
      <legend className="font-semibold">{t('timer')}</legend>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => send('timer:start', { minutes, label }));
        }}
      >
        <label className="flex flex-col text-sm">
          {t('minutes')}
          <input
            type="number"
            min={1}
            max={MAX_TIMER_MINUTES}
            required
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
            className={`${inputClass} w-24`}
          />
        </label>
        <label className="flex flex-col text-sm">
          {t('label')}
          <input
            type="text"
            maxLength={80}
            required
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            className={inputClass}
          />
        </label>
        <button type="submit" className={consoleButton} disabled={busy}>
          {timer ? t('restartTimer') : t('startTimer')}
        </button>
      </form>
      {timer && (
        <div className="flex flex-wrap gap-2">
          {timer.pausedRemainingMs === null ? (
            <button
              type="button"
              className={consoleButton}
              disabled={busy}
              onClick={() => run(() => send('timer:pause', {}))}
            >
              {t('pauseTimer')}
            </button>
          ) : (
            <button
              type="button"
              className={consoleButton}
              disabled={busy}
              onClick={() => run(() => send('timer:resume', {}))}
            >
              {t('resumeTimer')}
            </button>
          )}
          <button
            type="button"
            className={consoleButton}
            disabled={busy}
            onClick={() => run(() => send('timer:add', { minutes: 1 }))}
          >
            {t('addOne')}
          </button>
          <button
            type="button"
            className={consoleButton}
            disabled={busy}
            onClick={() => run(() => send('timer:add', { minutes: 5 }))}
          >
            {t('addFive')}
          </button>
          <button
            type="button"
            className={consoleButton}
            disabled={busy}
            onClick={() => run(() => send('timer:stop', {}))}
          >
            {t('stopTimer')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
