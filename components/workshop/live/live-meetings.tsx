'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { sessionPhase } from '@/lib/domain/workshop/session-phase';
import { MeetingLink } from '../meetings/meeting-link';
import { useMeetings } from '../meetings/meetings-provider';
import { useLiveRoom } from './live-room-provider';

const TICK_MS = 30_000;

function subscribe(onTick: () => void): () => void {
  const id = setInterval(onTick, TICK_MS);
  return () => clearInterval(id);
}
// Rounded, so that React sees the same value between ticks.
const clientNow = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;
// The server renders no session link: which one runs is decided on the member's own clock, after hydration.
const serverNow = () => null;

/**
 * The video meetings to join now, in the live bar: the session running at the moment (from its
 * grace period before the start to its end) and, while breakouts run, the member's own group.
 */
export function LiveMeetings() {
  const meetings = useMeetings();
  const t = useTranslations('live');
  const { state } = useLiveRoom();
  const now = useSyncExternalStore(subscribe, clientNow, serverNow);
  const running = now === null ? [] : meetings.sessions.filter((s) => sessionPhase(s, now) === 'running');
  const group = state?.breakoutActive ? meetings.group : null;
  if (running.length === 0 && !group) return null;
  return (
    <div className="grid gap-1 text-sm" data-testid="live-meetings">
      {running.map((s) => (
        <p key={s.id}>
          {t('meetingNow', { title: s.title })} <MeetingLink url={s.meetingUrl} of={s.title} />
        </p>
      ))}
      {group && (
        <p>
          {t('meetingGroup', { group: group.name })} <MeetingLink url={group.meetingUrl} of={group.name} />
        </p>
      )}
    </div>
  );
}
