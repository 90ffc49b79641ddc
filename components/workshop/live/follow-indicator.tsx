'use client';

import { useTranslations } from 'next-intl';
import { followersOf } from '@/lib/domain/workshop/live-presence';
import { useFormat } from '@/lib/i18n/client';
import { useLiveRoom } from './live-room-provider';

const small = 'rounded-md border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100';

/**
 * Who everyone follows, with a way out and back: the leader sees who follows them and ends
 * follow-me; a follower stops following for themselves and may follow again.
 */
export function FollowIndicator() {
  const t = useTranslations('live');
  const f = useFormat();
  const { state, snapshot, presence, optedOut, stopFollowing, followAgain, send } = useLiveRoom();
  const follow = state?.follow;
  if (!follow) return null;
  if (follow.byUserId === snapshot?.me.id) {
    const others = presence.filter((p) => p.userId !== follow.byUserId);
    const followers = followersOf(presence, follow.byUserId);
    return (
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="live-follow">
        <span aria-hidden="true">📣</span>
        <span title={f.list(followers.map((p) => p.name))} data-testid="live-followers">
          {t('followersCount', { n: followers.length, total: others.length })}
        </span>
        <button type="button" className={small} onClick={() => void send('follow:stop', {})}>
          {t('stopFollowMe')}
        </button>
      </p>
    );
  }
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="live-follow">
      <span aria-hidden="true">👣</span>
      {optedOut ? t('presentingNotFollowing', { name: follow.byName }) : t('following', { name: follow.byName })}
      {optedOut ? (
        <button type="button" className={small} onClick={followAgain}>
          {t('followAgain')}
        </button>
      ) : (
        <button type="button" className={small} onClick={stopFollowing}>
          {t('stopFollowing')}
        </button>
      )}
    </p>
  );
}
