'use client';

import { useTranslations } from 'next-intl';
import type { RefObject } from 'react';
import { sectionOfPath } from '@/lib/domain/workshop/live-paths';
import type { TPresence } from '@/lib/domain/workshop/live-presence';
import { makeFormat } from '@/lib/i18n/format';
import { useLocale } from 'next-intl';
import { useLiveRoom } from './live-room-provider';
import { useNow } from './use-now';

/** How many people are online: the button that opens the list of who (PresencePanel). */
export function PresenceSummary({
  open,
  onToggle,
  panelId,
  buttonRef,
}: {
  open: boolean;
  onToggle: () => void;
  panelId: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
}) {
  const t = useTranslations('live');
  const { presence, connected } = useLiveRoom();
  return (
    <button
      ref={buttonRef}
      type="button"
      className="shrink-0 cursor-pointer text-sm select-none hover:underline"
      data-testid="live-online"
      aria-expanded={open}
      aria-controls={panelId}
      onClick={onToggle}
    >
      <span aria-hidden="true">{connected ? '●' : '○'} </span>
      {connected ? t('online', { n: presence.length }) : t('offline')}
      <span aria-hidden="true"> {open ? '▴' : '▾'}</span>
    </button>
  );
}

/**
 * Who is online, with their group, the page they are on and their local time, and (during
 * follow-me) whether they follow. It opens under the strip's row, in the flow, so it covers no
 * other control.
 */
export function PresencePanel({ open, id, onClose }: { open: boolean; id: string; onClose: () => void }) {
  const t = useTranslations('live');
  const { presence, state } = useLiveRoom();
  return (
    <div id={id} hidden={!open} className="mt-1 rounded-lg border border-slate-200 bg-white px-3 py-1.5 sm:px-4">
      {open && <PresenceList presence={presence} followActive={state?.follow ?? null} />}
      <button
        type="button"
        className="mt-1 rounded px-1.5 text-sm text-slate-700 underline hover:bg-slate-100"
        onClick={onClose}
      >
        {t('hideOnline')}
      </button>
    </div>
  );
}

function PresenceList({
  presence,
  followActive,
}: {
  presence: TPresence[];
  followActive: { byUserId: string } | null;
}) {
  const t = useTranslations('live');
  const locale = useLocale();
  const { assessmentId, snapshot, sectionLabels } = useLiveRoom();
  // Local times move on by the minute.
  const now = useNow(true, 30_000);
  const where = (p: TPresence): string | null => {
    const area = p.areaId ? snapshot?.areas.find((a) => a.id === p.areaId)?.label : null;
    if (area) return area;
    const section = p.path === null ? null : sectionOfPath(p.path, assessmentId);
    if (section === null) return null;
    return sectionLabels[section] ?? section;
  };
  const group = (p: TPresence) => snapshot?.groups.find((g) => g.id === p.groupId)?.name ?? null;
  return (
    <ul
      className="grid max-h-48 gap-1 overflow-y-auto text-sm sm:max-h-64"
      aria-label={t('onlineNow')}
      data-testid="live-presence-list"
    >
      {presence.map((p) => {
        const details = [
          group(p),
          where(p),
          p.timeZone ? t('localTime', { time: makeFormat(locale, p.timeZone).time(now) }) : null,
          followActive && p.userId !== followActive.byUserId
            ? p.following
              ? t('followingMark')
              : t('notFollowingMark')
            : null,
        ].filter((d): d is string => d !== null);
        return (
          <li key={p.userId} data-testid="live-presence-person">
            <span className="font-medium">{p.name}</span>
            {p.userId === snapshot?.me.id && t('you')}
            {details.length > 0 && <span className="text-slate-700"> · {details.join(' · ')}</span>}
          </li>
        );
      })}
    </ul>
  );
}
