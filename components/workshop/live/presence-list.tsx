'use client';

import { useLocale, useTranslations } from 'next-intl';
import { sectionOfPath } from '@/lib/domain/workshop/live-paths';
import type { TPresence } from '@/lib/domain/workshop/live-presence';
import { makeFormat } from '@/lib/i18n/format';
import { useLiveRoom } from './live-room-provider';
import { useNow } from './use-now';

/** Who is online: each person's group, the page they are on, their local time and whether they follow. */
export function PresenceList({
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
