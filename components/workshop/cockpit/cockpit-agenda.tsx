'use client';

import { useTranslations } from 'next-intl';
import type { TRunOfShow } from '@/lib/contracts/sessions';
import { useFormat } from '@/lib/i18n/client';
import { consoleButton } from '../live/console-actions';

type TSession = NonNullable<TRunOfShow['session']>;
type TItem = TSession['items'][number];

/** What an item does, in a few words: its kind and what it takes people to. */
export function useItemDetail(groups: TRunOfShow['groups']): (item: TItem) => string {
  const t = useTranslations('cockpit');
  return (item) => {
    const kind = t(`kind_${item.kind}`);
    if (item.kind === 'breakout')
      return `${kind} · ${t('kindDetail_breakout', { n: item.timerMinutes ?? item.durationMinutes })}`;
    if (item.kind === 'report-back' && item.groupId) {
      const group = groups.find((g) => g.id === item.groupId)?.name ?? item.groupId;
      return `${kind} · ${t('kindDetail_report-back', { group })}`;
    }
    return item.path
      ? `${kind} · ${t('kindDetail_page', { page: item.path.split('/').slice(3).join('/') || '/' })}`
      : kind;
  };
}

/**
 * The agenda with its times in the viewer's zone, a "now" marker on the running item and "next"
 * on the one after; when the session runs late, each later item shows when it is now expected.
 */
export function CockpitAgenda({
  session,
  groups,
  busy,
  onStart,
}: {
  session: TSession;
  groups: TRunOfShow['groups'];
  busy: boolean;
  onStart: (index: number) => void;
}) {
  const t = useTranslations('cockpit');
  const f = useFormat();
  const detail = useItemDetail(groups);
  return (
    <section aria-labelledby="cockpit-agenda" className="rounded-lg border border-slate-300 bg-white p-4">
      <h3 id="cockpit-agenda" className="mb-2 font-semibold">
        {t('agenda')}
      </h3>
      <ol className="grid gap-2" data-testid="cockpit-agenda">
        {session.items.map((item) => {
          const isNow = item.index === session.currentIndex;
          const isNext = item.index === session.nextIndex;
          const shifted = item.status === 'planned' && item.expectedStartsAt !== item.startsAt;
          return (
            <li
              key={item.index}
              aria-current={isNow ? 'step' : undefined}
              data-status={item.status}
              className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border p-2 ${isNow ? 'border-brand-600 bg-brand-50' : 'border-slate-200'} ${item.status === 'done' ? 'text-slate-600' : ''}`}
            >
              <span className="w-14 font-mono text-sm">{f.time(item.startsAt)}</span>
              <span className="min-w-40 flex-1">
                <span className="font-medium">{item.title}</span>
                <span className="block text-xs text-slate-700">
                  {detail(item)} · {item.durationMinutes} min
                  {item.owner && ` · ${t('owner', { name: item.owner.name })}`}
                  {shifted && (
                    <span className="text-amber-800">
                      {' '}
                      · {t('expectedAt', { time: f.time(item.expectedStartsAt) })}
                    </span>
                  )}
                </span>
              </span>
              <span
                className={`rounded px-2 py-0.5 text-xs font-semibold ${isNow ? 'bg-brand-700 text-white' : isNext ? 'bg-slate-200 text-slate-900' : 'text-slate-700'}`}
              >
                {isNow ? t('now') : isNext ? t('next') : item.status === 'done' ? t('done') : t('planned')}
              </span>
              {!isNow && (
                <button type="button" className={consoleButton} disabled={busy} onClick={() => onStart(item.index)}>
                  {t('start')}
                  <span className="sr-only"> {item.title}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
