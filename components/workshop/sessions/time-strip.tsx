'use client';

import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { fairestStartTimes, slotFairness, type TSlotComfort } from '@/lib/domain/time/time-zones';
import type { TStripMember } from './types';

type TProps = {
  idPrefix: string;
  /** The proposed start (UTC ISO), or null while the date or time is incomplete. */
  startsAt: string | null;
  durationMinutes: number;
  date: string;
  zone: string;
  members: TStripMember[];
  onPickTime: (time: string) => void;
};

// The symbol and the words carry the meaning; the colour only repeats it.
const COMFORT_STYLE: Record<TSlotComfort, { symbol: string; className: string }> = {
  good: { symbol: '✓', className: 'border-emerald-300 bg-emerald-50 text-emerald-900' },
  tolerable: { symbol: '◐', className: 'border-amber-300 bg-amber-50 text-amber-900' },
  unsociable: { symbol: '☾', className: 'border-red-300 bg-red-50 text-red-900' },
};

/**
 * For a proposed slot, every member's local time and whether it is working hours for them, plus fairer times that day.
 */
export function TimeStrip({ idPrefix, startsAt, durationMinutes, date, zone, members, onPickTime }: TProps) {
  const t = useTranslations('workshop');
  const duration = Number.isFinite(durationMinutes) && durationMinutes > 0 ? durationMinutes : 0;
  const fairness = useMemo(
    () => (startsAt ? slotFairness(members, startsAt, duration) : null),
    [startsAt, members, duration],
  );
  const suggestions = useMemo(
    () => (date && members.length > 0 ? fairestStartTimes(date, zone, members, duration) : []),
    [date, zone, members, duration],
  );

  if (!fairness) return <p className="text-sm text-slate-600">{t('chooseDateTime')}</p>;
  // The summary in the member's language, from the same counts as the domain's English sentence.
  const names = (c: TSlotComfort) =>
    fairness.members
      .filter((m) => m.comfort === c)
      .map((m) => m.name)
      .join(', ');
  const summary =
    fairness.members.length === 0
      ? t('noMembersToCompare')
      : `${[
          t('summaryGood', { good: fairness.counts.good, n: fairness.members.length }),
          ...(fairness.counts.tolerable ? [t('summaryTolerable', { names: names('tolerable') })] : []),
          ...(fairness.counts.unsociable ? [t('summaryUnsociable', { names: names('unsociable') })] : []),
        ].join('; ')}.`;
  return (
    <section aria-labelledby={`${idPrefix}-strip-heading`} className="grid gap-2">
      <h4 id={`${idPrefix}-strip-heading`} className="text-sm font-semibold">
        {t('slotHeading')}
      </h4>
      <p aria-live="polite" className="text-sm">
        {summary}
      </p>
      <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {fairness.members.map((m, i) => {
          const style = COMFORT_STYLE[m.comfort];
          return (
            <li key={`${m.name}-${i}`} className={`rounded-md border px-2 py-1 text-sm ${style.className}`}>
              <span className="font-medium">{m.name}</span>
              <span className="block">
                {m.localStart}–{m.localEnd}{' '}
                <span className="font-semibold">
                  <span aria-hidden="true">{style.symbol} </span>
                  {t(`comfort.${m.comfort}`)}
                </span>
              </span>
              <span className="block text-xs">
                {m.timeZone}
                {m.assumed ? t('zoneAssumed') : ''}
              </span>
            </li>
          );
        })}
      </ul>
      {suggestions.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span id={`${idPrefix}-fairer-times`}>{t('fairestTimes', { zone })}</span>
          {suggestions.map((s) => (
            <button
              key={s.time}
              type="button"
              onClick={() => onPickTime(s.time)}
              aria-describedby={`${idPrefix}-fairer-times`}
              className="rounded-md border border-slate-400 bg-white px-2 py-1 hover:bg-slate-100"
            >
              {s.time}
              <span className="text-xs text-slate-600">
                {' '}
                {t('fairness', {
                  good: s.fairness.counts.good,
                  tolerable: s.fairness.counts.tolerable,
                  unsociable: s.fairness.counts.unsociable,
                })}
              </span>
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
