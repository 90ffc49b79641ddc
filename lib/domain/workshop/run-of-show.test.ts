import { describe, expect, it } from 'vitest';
import {
  plannedClockTimes,
  emptyRun,
  endItem,
  extendItem,
  fitRun,
  isPlenaryPage,
  itemPath,
  nextIndex,
  plenaryPath,
  startItem,
  timings,
  type TRunItem,
} from './run-of-show';

const at = (hhmm: string) => new Date(`2025-10-14T${hhmm}:00.000Z`);
const session = { startsAt: '2025-10-14T09:00:00.000Z' };
const items: TRunItem[] = [
  { title: 'Welcome', kind: 'plenary', durationMinutes: 10 },
  { title: 'Breakouts', kind: 'breakout', durationMinutes: 30, timerMinutes: 25 },
  { title: 'Report-back', kind: 'report-back', groupId: 'g1', durationMinutes: 20 },
  { title: 'Rating', kind: 'rating', startsAt: '2025-10-14T10:30:00.000Z', durationMinutes: 15 },
];

describe('the run of show', () => {
  it('moves item by item: starting one ends the one before; ending leaves none running', () => {
    let run = startItem(emptyRun(4), 0, at('09:00'));
    expect(run.statuses).toEqual(['running', 'planned', 'planned', 'planned']);
    expect(nextIndex(run)).toBe(1);
    run = startItem(run, 1, at('09:12'));
    expect(run).toMatchObject({ currentIndex: 1, startedAt: at('09:12').toISOString(), extendedMinutes: 0 });
    expect(run.statuses).toEqual(['done', 'running', 'planned', 'planned']);
    run = extendItem(extendItem(run, 5), 5);
    expect(run.extendedMinutes).toBe(10);
    run = endItem(run);
    expect(run).toMatchObject({ currentIndex: null, startedAt: null, extendedMinutes: 0 });
    expect(run.statuses).toEqual(['done', 'done', 'planned', 'planned']);
    expect(nextIndex(run)).toBe(2);
  });

  it('fits a stored run to an agenda that changed since', () => {
    const run = startItem(emptyRun(2), 1, at('09:00'));
    expect(fitRun(run, 3).statuses).toEqual(['planned', 'running', 'planned']);
    expect(fitRun(run, 1)).toEqual({ currentIndex: null, startedAt: null, extendedMinutes: 0, statuses: ['planned'] });
    expect(fitRun(null, 2)).toEqual(emptyRun(2));
  });

  it('plans each item after the one before, or at its own time', () => {
    const { items: t, lateMinutes } = timings(items, session, emptyRun(4), at('08:50'));
    expect(t.map((i) => i.plannedStart.slice(11, 16))).toEqual(['09:00', '09:10', '09:40', '10:30']);
    expect(t.map((i) => i.plannedEnd.slice(11, 16))).toEqual(['09:10', '09:40', '10:00', '10:45']);
    expect(lateMinutes).toBe(0);
  });

  it('shows running late: the current item past its planned end shifts the rest of the agenda', () => {
    const run = extendItem(startItem(startItem(emptyRun(4), 0, at('09:00')), 1, at('09:15')), 5);
    // Started 5 minutes late and extended by 5: expected to end at 09:50, 10 minutes behind.
    const { items: t, lateMinutes } = timings(items, session, run, at('09:20'));
    expect(t[1]!.expectedEnd.slice(11, 16)).toBe('09:50');
    expect(t[2]!.expectedStart.slice(11, 16)).toBe('09:50');
    expect(lateMinutes).toBe(10);
    // Overrunning even that: now is the earliest it can end.
    expect(timings(items, session, run, at('09:58')).items[2]!.expectedStart.slice(11, 16)).toBe('09:58');
  });

  it('counts a gap before the next item as late once its planned start has passed', () => {
    const run = endItem(startItem(emptyRun(4), 0, at('09:00')));
    const { items: t, lateMinutes } = timings(items, session, run, at('09:25'));
    expect(t[1]!.expectedStart.slice(11, 16)).toBe('09:25');
    expect(lateMinutes).toBe(15);
  });

  it('takes everyone to the item’s page, and back to the plenary after breakouts', () => {
    expect(itemPath('a1', items[2]!)).toBe('/assessments/a1/report-back?group=g1');
    expect(itemPath('a1', items[3]!)).toBe('/assessments/a1/priorities');
    expect(itemPath('a1', { title: 'x', kind: 'plenary', page: 'checklist/transparency' })).toBe(
      '/assessments/a1/checklist/transparency',
    );
    expect(itemPath('a1', items[1]!)).toBeNull();
    expect(itemPath('a1', { title: 'old item' })).toBeNull();
    expect(plenaryPath('a1', items[2])).toBe('/assessments/a1/report-back?group=g1');
    expect(plenaryPath('a1', undefined)).toBe('/assessments/a1');
  });

  it('accepts only plain pages inside the assessment for a plenary', () => {
    expect(isPlenaryPage('checklist/transparency')).toBe(true);
    for (const bad of ['../other', '//evil.example', 'a/../b', 'x?y', 'https:', '%2e%2e']) {
      expect(isPlenaryPage(bad), bad).toBe(false);
    }
  });
});

describe('the agenda’s clock times for a calendar file', () => {
  const session = { startsAt: '2027-03-10T08:00:00.000Z' };

  it('follows each item from the session’s start, in the zone asked for', () => {
    const items = [
      { title: 'Welcome', durationMinutes: 15 },
      { title: 'Group work', kind: 'breakout' as const, durationMinutes: 55 },
      { title: 'Report-back', startsAt: '2027-03-10T09:30:00.000Z', durationMinutes: 30 },
    ];
    expect(plannedClockTimes(items, session, 'Europe/Brussels')).toEqual(['09:00–09:15', '09:15–10:10', '10:30–11:00']);
    expect(plannedClockTimes(items, session, 'Asia/Manila')).toEqual(['16:00–16:15', '16:15–17:10', '17:30–18:00']);
  });

  it('invents no times for an agenda without any', () => {
    expect(plannedClockTimes([{ title: 'Welcome' }, { title: 'Briefing' }], session, 'UTC')).toBeNull();
  });
});
