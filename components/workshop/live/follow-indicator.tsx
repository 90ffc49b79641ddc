'use client';

import { useT } from '@/lib/i18n/client';
import { liveMessages } from '@/lib/i18n/messages/live';
import { useLiveRoom } from './live-room-provider';

const small = 'rounded-md border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100';

/** Who everyone follows, with a way out: leaders end follow-me, followers stop following for themselves. */
export function FollowIndicator() {
  const t = useT(liveMessages);
  const { state, snapshot, optedOut, stopFollowing, send } = useLiveRoom();
  const follow = state?.follow;
  if (!follow) return null;
  if (follow.byUserId === snapshot?.me.id) {
    return (
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="live-follow">
        <span aria-hidden="true">📣</span> {t('followedByAll')}
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
      {!optedOut && (
        <button type="button" className={small} onClick={stopFollowing}>
          {t('stopFollowing')}
        </button>
      )}
    </p>
  );
}
