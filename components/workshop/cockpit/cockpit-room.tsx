'use client';

import { useTranslations } from 'next-intl';
import type { TRunOfShow } from '@/lib/contracts/sessions';
import { consoleButton, useConsoleAction } from '../live/console-actions';
import { useLiveRoom } from '../live/live-room-provider';

// A page of the assessment as the cockpit names it: the part after `/assessments/<id>/`.
const pageName = (path: string | null) => (path ? path.split('/').slice(3).join('/') || '/' : '—');

/** Who is online with their group and page, the raised hands, and the follow-me and spotlight controls. */
export function CockpitRoom({ groups }: { groups: TRunOfShow['groups'] }) {
  const t = useTranslations('cockpit');
  const tl = useTranslations('live');
  const { presence, hands, state, send } = useLiveRoom();
  const { busy, error, run } = useConsoleAction();
  const groupOf = (userId: string) => groups.find((g) => g.memberIds.includes(userId))?.name ?? t('noGroup');
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="cockpit-room" className="rounded-lg border border-slate-300 bg-white p-4">
        <h3 id="cockpit-room" className="mb-2 font-semibold">
          {t('room')}
        </h3>
        {presence.length === 0 && <p className="text-sm text-slate-600">{t('nobodyOnline')}</p>}
        <ul className="grid gap-1 text-sm" data-testid="cockpit-presence">
          {presence.map((p) => (
            <li key={p.userId}>
              <span className="font-medium">{p.name}</span>
              <span className="text-slate-700">
                {' '}
                · {groupOf(p.userId)} · {pageName(p.path)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="cockpit-hands" className="grid gap-3 rounded-lg border border-slate-300 bg-white p-4">
        <h3 id="cockpit-hands" className="font-semibold">
          {t('hands')}
        </h3>
        {hands.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noHands')}</p>
        ) : (
          <ol className="list-decimal pl-6 text-sm">
            {hands.map((h) => (
              <li key={h.userId} className="py-0.5">
                {h.name}{' '}
                <button
                  type="button"
                  className={consoleButton}
                  disabled={busy}
                  onClick={() => run(() => send('hand:lower', { userId: h.userId }))}
                >
                  {tl('lower')}
                  <span className="sr-only">{tl('lowerHandOf', { name: h.name })}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
        <h3 className="font-semibold">{t('follow')}</h3>
        <p className="text-sm">
          {state?.follow
            ? t('following', { name: state.follow.byName, page: pageName(state.follow.path) })
            : t('notFollowing')}
        </p>
        {state?.spotlight && <p className="text-sm">{t('spotlightOn', { group: state.spotlight.groupName })}</p>}
        <div className="flex flex-wrap gap-2">
          {state?.follow && (
            <button
              type="button"
              className={consoleButton}
              disabled={busy}
              onClick={() => run(() => send('follow:stop', {}))}
            >
              {t('stopFollow')}
            </button>
          )}
          {state?.spotlight && (
            <button
              type="button"
              className={consoleButton}
              disabled={busy}
              onClick={() => run(() => send('spotlight:set', { groupId: null }))}
            >
              {t('spotlightOff')}
            </button>
          )}
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </section>
    </div>
  );
}
