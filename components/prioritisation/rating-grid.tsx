'use client';

import { useTranslations } from 'next-intl';
import { type KeyboardEvent, useRef, useState } from 'react';
import { RATING_VALUES, type TRatingValue } from '@/lib/domain/priorities/priority-levels';
import type { TVotingAck } from '@/lib/realtime/voting-events';
import { refusalText } from '@/components/ui/api-client';
import { type TCriterionOption, CriterionTitle } from './criteria';

type TRatingGridProps = {
  activities: { id: string; title: string }[];
  criteria: TCriterionOption[];
  mine: Record<string, Record<string, TRatingValue>>;
  disabled: boolean;
  rate: (activityId: string, criterion: string, value: TRatingValue) => Promise<TVotingAck>;
};

const KEYS: Record<string, TRatingValue> = {
  '1': 'low',
  l: 'low',
  '2': 'medium',
  m: 'medium',
  '3': 'high',
  h: 'high',
  '0': 'skip',
  s: 'skip',
};
const CELL_STYLE: Record<TRatingValue, string> = {
  low: 'bg-sky-50',
  medium: 'bg-amber-50',
  high: 'bg-rose-50',
  skip: 'bg-slate-100 text-slate-600',
};

/**
 * The rating grid: activities by criteria, an ARIA grid with one tab stop (roving tabindex).
 * Arrow keys, Home and End move; 1/2/3/0 or l/m/h/s set low, medium, high or skip; a click, a tap,
 * Enter or Space cycles through the values.
 */
export function RatingGrid({ activities, criteria, mine, disabled, rate }: TRatingGridProps) {
  const t = useTranslations('prioritisation');
  const [rawPos, setPos] = useState({ row: 0, col: 0 });
  // Kept inside the grid when rows or columns go away, so that one cell always keeps the tab stop.
  const pos = {
    row: Math.min(rawPos.row, Math.max(0, activities.length - 1)),
    col: Math.min(rawPos.col, Math.max(0, criteria.length - 1)),
  };
  const [status, setStatus] = useState('');
  const cells = useRef(new Map<string, HTMLTableCellElement>());

  const move = (row: number, col: number) => {
    const next = {
      row: Math.max(0, Math.min(activities.length - 1, row)),
      col: Math.max(0, Math.min(criteria.length - 1, col)),
    };
    setPos(next);
    cells.current.get(`${next.row}:${next.col}`)?.focus();
  };

  const set = async (row: number, col: number, value: TRatingValue) => {
    const activity = activities[row]!;
    const criterion = criteria[col]!;
    if (disabled) return setStatus(t('roundClosedNoChange'));
    const res = await rate(activity.id, criterion.id, value);
    setStatus(
      res.ok
        ? t('ratedStatus', { activity: activity.title, criterion: criterion.title, value: t(`rating.${value}`) })
        : t('notSaved', { error: await refusalText(res) }),
    );
  };
  /** The value after the cell's current one, as a click, a tap, Enter or Space gives. */
  const cycle = (row: number, col: number) => {
    const value = mine[activities[row]!.id]?.[criteria[col]!.id];
    return set(row, col, RATING_VALUES[(value ? RATING_VALUES.indexOf(value) + 1 : 0) % RATING_VALUES.length]!);
  };

  const onKeyDown = (e: KeyboardEvent, row: number, col: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, criteria.length - 1],
    };
    const target = moves[e.key];
    const value = KEYS[e.key.toLowerCase()];
    if (target) move(...target);
    else if (e.key === 'Enter' || e.key === ' ') void cycle(row, col);
    else if (value && !e.ctrlKey && !e.metaKey && !e.altKey) void set(row, col, value);
    else return;
    e.preventDefault();
  };

  return (
    <div className="grid gap-2">
      <p id="rating-grid-help" className="text-sm text-slate-700">
        {t('gridHelp')}
      </p>
      <div className="overflow-x-auto">
        <table
          role="grid"
          aria-label={t('gridLabel')}
          aria-describedby="rating-grid-help"
          className="border-collapse text-sm"
        >
          <thead>
            <tr>
              <th scope="col" className="p-2 text-left">
                {t('activity')}
              </th>
              {criteria.map((c) => (
                <th key={c.id} scope="col" className="p-2 text-left font-medium">
                  <CriterionTitle criterion={c} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {activities.map((a, row) => (
              <tr key={a.id}>
                <th scope="row" className="max-w-xs p-2 text-left font-medium">
                  {a.title}
                </th>
                {criteria.map((c, col) => {
                  const value = mine[a.id]?.[c.id];
                  const active = pos.row === row && pos.col === col;
                  return (
                    <td
                      key={c.id}
                      role="gridcell"
                      tabIndex={active ? 0 : -1}
                      aria-readonly={disabled || undefined}
                      data-testid={`cell-${a.id}-${c.id}`}
                      ref={(el) => {
                        if (el) cells.current.set(`${row}:${col}`, el);
                        else cells.current.delete(`${row}:${col}`);
                      }}
                      onFocus={() => setPos({ row, col })}
                      onKeyDown={(e) => onKeyDown(e, row, col)}
                      onClick={() => void cycle(row, col)}
                      className={`h-11 min-w-24 cursor-pointer border border-slate-300 p-2 text-center focus:outline-2 focus:outline-offset-[-3px] focus:outline-brand-700 ${value ? CELL_STYLE[value] : ''}`}
                    >
                      {value ? t(`rating.${value}`) : <span className="text-slate-600">{t('notRated')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {status}
      </p>
    </div>
  );
}
