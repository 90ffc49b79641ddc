'use client';

import { useLiveRoom } from './live-room-provider';

const small = 'rounded-md border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100';

/** Who everyone follows, with a way out: leaders end follow-me, followers stop following for themselves. */
export function FollowIndicator() {
  const { state, snapshot, optedOut, stopFollowing, send } = useLiveRoom();
  const follow = state?.follow;
  if (!follow) return null;
  if (follow.byUserId === snapshot?.me.id) {
    return (
      <p className="flex items-center gap-2 text-sm" data-testid="live-follow">
        <span aria-hidden="true">📣</span> Everyone is following you
        <button type="button" className={small} onClick={() => void send('follow:stop', {})}>
          Stop follow-me
        </button>
      </p>
    );
  }
  return (
    <p className="flex items-center gap-2 text-sm" data-testid="live-follow">
      <span aria-hidden="true">👣</span>
      {optedOut ? `${follow.byName} is presenting (not following)` : `Following ${follow.byName}`}
      {!optedOut && (
        <button type="button" className={small} onClick={stopFollowing}>
          Stop following
        </button>
      )}
    </p>
  );
}
