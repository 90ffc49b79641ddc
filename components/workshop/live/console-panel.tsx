'use client';

import { useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import { inputClass } from '@/components/ui/field';
import { consoleButton, useConsoleAction } from './console-actions';
import { ConsoleAnnounce } from './console-announce';
import { ConsoleAreas } from './console-areas';
import { ConsoleTimer } from './console-timer';
import { useLiveRoom } from './live-room-provider';

/** The facilitators' console: breakouts, follow me, spotlight, timer, editing locks and announcements. */
export function ConsolePanel() {
  const t = useTranslations('live');
  const { state, snapshot, send, present } = useLiveRoom();
  const pathname = usePathname();
  const { busy, error, run } = useConsoleAction();
  const [open, setOpen] = useState(false);
  const [spotlight, setSpotlight] = useState('');
  const leading = state?.follow?.byUserId === snapshot?.me.id;
  return (
    <div className="mt-2">
      <button
        type="button"
        className={consoleButton}
        aria-expanded={open}
        aria-controls="live-console"
        onClick={() => setOpen(!open)}
      >
        {open ? t('hideConsole') : t('showConsole')}
      </button>
      <section
        id="live-console"
        hidden={!open}
        aria-label={t('console')}
        className="mt-2 grid gap-4 rounded-lg border border-slate-300 bg-white p-4 md:grid-cols-2"
      >
        <fieldset className="grid gap-2">
          <legend className="font-semibold">{t('breakouts')}</legend>
          <p className="text-sm">{state?.breakoutActive ? t('breakoutsRunning') : t('plenary')}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={consoleButton}
              disabled={busy}
              onClick={() => run(() => send('breakout:start', {}))}
            >
              {t('startBreakouts')}
            </button>
            <button
              type="button"
              className={consoleButton}
              disabled={busy || !state?.breakoutActive}
              onClick={() => run(() => send('breakout:end', { path: window.location.pathname }))}
            >
              {t('endBreakouts')}
            </button>
          </div>
        </fieldset>
        <fieldset className="grid gap-2">
          <legend className="font-semibold">{t('followAndReport')}</legend>
          <div className="flex flex-wrap gap-2">
            {leading ? (
              <button
                type="button"
                className={consoleButton}
                disabled={busy}
                onClick={() => run(() => send('follow:stop', {}))}
              >
                {t('stopFollowMe')}
              </button>
            ) : (
              <button
                type="button"
                className={consoleButton}
                disabled={busy}
                onClick={() => run(() => present(pathname))}
              >
                {t('followMe')}
              </button>
            )}
            {state?.follow && !leading && (
              <button
                type="button"
                className={consoleButton}
                disabled={busy}
                onClick={() => run(() => send('follow:stop', {}))}
              >
                {t('endFollowOf', { name: state.follow.byName })}
              </button>
            )}
          </div>
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              run(() => send('spotlight:set', { groupId: spotlight || null }));
            }}
          >
            <label className="flex flex-col text-sm">
              {t('spotlightGroup')}
              <select value={spotlight} onChange={(e) => setSpotlight(e.target.value)} className={inputClass}>
                <option value="">{t('noGroup')}</option>
                {(snapshot?.groups ?? []).map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={consoleButton} disabled={busy}>
              {t('setSpotlight')}
            </button>
          </form>
          <p className="text-sm text-slate-700">
            {state?.spotlight
              ? state.spotlight.rapporteurName
                ? t('spotlightWith', { group: state.spotlight.groupName, name: state.spotlight.rapporteurName })
                : t('spotlightNoRapporteur', { group: state.spotlight.groupName })
              : t('noSpotlight')}
          </p>
        </fieldset>
        <ConsoleTimer />
        <ConsoleAnnounce />
        <div className="md:col-span-2">
          <ConsoleAreas />
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700 md:col-span-2">
            {error}
          </p>
        )}
      </section>
    </div>
  );
}
