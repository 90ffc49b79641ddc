'use client';

import { useTranslations } from 'next-intl';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { fetchJson } from '@/components/ui/query-fetch';
import { queryKeys } from '@/components/ui/query-keys';
import type { TRunOfShow } from '@/lib/contracts/sessions';
import { useFormat } from '@/lib/i18n/client';
import { useSharedLiveSocket } from '@/lib/realtime/live-socket-context';
import { consoleButton, useConsoleAction } from '../live/console-actions';
import { useLiveRoom } from '../live/live-room-provider';
import { useNow } from '../live/use-now';
import { CockpitAgenda, useItemDetail } from './cockpit-agenda';
import { CockpitGroups } from './cockpit-groups';
import { CockpitRoom } from './cockpit-room';

const EXTEND_MINUTES = 5;

/**
 * Reads the run of show again whenever the room says something moved: an item started or ended
 * (`run:update`, a co-facilitator's too), a group's work (`run:progress`), the live state, or
 * people changing page.
 */
function useRunOfShow(assessmentId: string, initial: TRunOfShow): TRunOfShow {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: queryKeys.runOfShow(assessmentId),
    queryFn: () => fetchJson<TRunOfShow>(`/api/assessments/${assessmentId}/run-of-show`),
    initialData: initial,
  });
  const shared = useSharedLiveSocket();
  const { state, presence } = useLiveRoom();
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refresh = useCallback(() => {
    // Several events arrive together (state, run, presence): one read for all of them.
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      void queryClient.invalidateQueries({ queryKey: queryKeys.runOfShow(assessmentId) });
    }, 150);
  }, [assessmentId, queryClient]);
  useEffect(() => {
    const socket = shared?.socket;
    if (!socket) return;
    socket.on('run:update', refresh);
    socket.on('run:progress', refresh);
    return () => {
      socket.off('run:update', refresh);
      socket.off('run:progress', refresh);
    };
  }, [shared, refresh]);
  const updatedAt = state?.updatedAt;
  useEffect(() => {
    if (updatedAt) refresh();
  }, [updatedAt, presence, refresh]);
  useEffect(() => () => clearTimeout(pending.current ?? undefined), []);
  return data;
}

/** The facilitator's cockpit: the run of show with its controls, each group's progress and the room. */
export function CockpitView({ assessmentId, initial }: { assessmentId: string; initial: TRunOfShow }) {
  const t = useTranslations('cockpit');
  const f = useFormat();
  const data = useRunOfShow(assessmentId, initial);
  const { send } = useLiveRoom();
  const { busy, error, run } = useConsoleAction();
  const detail = useItemDetail(data.groups);
  // An item running past its expected end makes the session later by the minute, between reads.
  const now = useNow(true, 30_000);
  const session = data.session;
  if (!session) return <p className="text-sm text-slate-700">{t('noSession')}</p>;
  const current = session.currentIndex === null ? null : session.items[session.currentIndex]!;
  const overrun = current ? Math.max(0, Math.floor((now - Date.parse(current.expectedEndsAt)) / 60_000)) : 0;
  const late = session.lateMinutes + overrun;
  const next = session.nextIndex === null ? null : session.items[session.nextIndex]!;
  const start = (index: number) => run(() => send('run:start', { sessionId: session.id, index }));
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <p className="font-medium">
          {t('sessionLine', { title: session.title, start: f.time(session.startsAt), end: f.time(session.endsAt) })}
        </p>
        <p
          role="status"
          data-testid="cockpit-lateness"
          className={`rounded px-2 py-0.5 text-sm font-semibold ${late > 0 ? 'bg-amber-100 text-amber-900' : 'bg-green-100 text-green-900'}`}
        >
          {late > 0 ? t('late', { n: late }) : t('onTime')}
        </p>
      </div>
      <section
        aria-labelledby="cockpit-current"
        className="grid gap-2 rounded-lg border-2 border-brand-600 bg-white p-4"
        data-testid="cockpit-current"
      >
        <h3 id="cockpit-current" className="font-semibold">
          {t('current')}
        </h3>
        {current ? (
          <>
            <p className="text-lg font-semibold">{current.title}</p>
            <p className="text-sm text-slate-700">{detail(current)}</p>
            <p className="text-sm">
              {t('endsAt', { planned: f.time(current.endsAt), expected: f.time(current.expectedEndsAt) })}{' '}
              {session.extendedMinutes > 0 && t('extended', { n: session.extendedMinutes })}
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-700">{t('nothingRunning')}</p>
        )}
        {next && <p className="text-sm">{t('nextUp', { title: next.title, time: f.time(next.expectedStartsAt) })}</p>}
        <div className="flex flex-wrap gap-2">
          {next && (
            <button type="button" className={consoleButton} disabled={busy} onClick={() => start(next.index)}>
              {t('startNext', { title: next.title })}
            </button>
          )}
          {current && (
            <>
              <button
                type="button"
                className={consoleButton}
                disabled={busy}
                onClick={() => run(() => send('run:extend', { sessionId: session.id, minutes: EXTEND_MINUTES }))}
              >
                {t('extend')}
              </button>
              <button
                type="button"
                className={consoleButton}
                disabled={busy}
                onClick={() => run(() => send('run:end', { sessionId: session.id }))}
              >
                {t('end')}
              </button>
            </>
          )}
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <CockpitAgenda session={session} groups={data.groups} busy={busy} onStart={start} />
        <CockpitGroups groups={data.groups} />
      </div>
      <CockpitRoom groups={data.groups} />
    </div>
  );
}
