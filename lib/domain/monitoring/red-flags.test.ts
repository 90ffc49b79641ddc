import { describe, expect, it } from 'vitest';
import {
  activityRedFlags,
  daysBetween,
  expectedValue,
  kpiStatus,
  redFlagsFirst,
  type TKpiStatus,
  type TTrackedActivity,
} from './red-flags';

const activity = (over: Partial<TTrackedActivity> = {}): TTrackedActivity => ({
  id: 'a1',
  status: 'on-track',
  startDate: '2027-01-01',
  dueDate: '2027-06-30',
  lastUpdateAt: '2027-03-01T10:00:00.000Z',
  trackedSince: '2026-12-15T09:00:00.000Z',
  kpiIds: [],
  ...over,
});
const none = new Map<string, TKpiStatus>();

describe('activity red flags', () => {
  it('flags an open activity past its due date with the days overdue, never a done or cancelled one', () => {
    expect(activityRedFlags(activity({ lastUpdateAt: '2027-07-09' }), '2027-07-10', 30, none)).toEqual([
      { kind: 'overdue', days: 10 },
    ]);
    expect(activityRedFlags(activity(), '2027-06-30', 30, none).filter((f) => f.kind === 'overdue')).toEqual([]);
    expect(activityRedFlags(activity({ status: 'done' }), '2027-07-10', 30, none)).toEqual([]);
    expect(activityRedFlags(activity({ status: 'cancelled' }), '2027-07-10', 30, none)).toEqual([]);
  });

  it('flags no update for more than N days, counting from the last update', () => {
    expect(activityRedFlags(activity(), '2027-03-31', 30, none)).toEqual([]);
    expect(activityRedFlags(activity(), '2027-04-01', 30, none)).toEqual([{ kind: 'stale', days: 31 }]);
    expect(activityRedFlags(activity(), '2027-04-01', 60, none)).toEqual([]);
  });

  it('counts from the start date (or adoption) when there is no update, and asks nothing before the start', () => {
    const fresh = activity({ lastUpdateAt: null, startDate: '2027-02-01' });
    expect(activityRedFlags(fresh, '2027-01-20', 10, none)).toEqual([]);
    expect(activityRedFlags(fresh, '2027-02-12', 10, none)).toEqual([{ kind: 'stale', days: 11 }]);
    const noStart = activity({ lastUpdateAt: null, startDate: null });
    expect(activityRedFlags(noStart, '2026-12-30', 10, none)).toEqual([{ kind: 'stale', days: 15 }]);
  });

  it('flags each KPI the activity uses that is off track', () => {
    const statuses = new Map<string, TKpiStatus>([
      [
        'k1',
        { state: 'off-track', expected: 5, latest: 1, periodEnd: '2027-03-31', progress: 0.1, expectedProgress: 0.5 },
      ],
      ['k2', { state: 'not-judged', reason: 'no-measurements' }],
    ]);
    expect(activityRedFlags(activity({ kpiIds: ['k1', 'k2'] }), '2027-03-10', 30, statuses)).toEqual([
      { kind: 'kpi-off-track', kpiId: 'k1' },
    ]);
    expect(activityRedFlags(activity({ kpiIds: ['k1'], status: 'cancelled' }), '2027-03-10', 30, statuses)).toEqual([]);
  });

  it('orders the most flagged first, otherwise keeps plan order', () => {
    const items = [
      { id: 'x', flags: [] },
      { id: 'y', flags: [{ kind: 'stale' as const, days: 40 }] },
      { id: 'z', flags: [] },
      {
        id: 'w',
        flags: [
          { kind: 'stale' as const, days: 40 },
          { kind: 'overdue' as const, days: 3 },
        ],
      },
    ];
    expect(redFlagsFirst(items).map((i) => i.id)).toEqual(['w', 'y', 'x', 'z']);
  });
});

describe('KPI trajectory', () => {
  const kpi = {
    id: 'k',
    baseline: 10,
    baselineDate: '2027-01-01',
    target: 30,
    targetDate: '2028-01-01',
    measurements: [] as { periodEnd: string; value: number }[],
  };

  it('draws a straight line from baseline to target, clamped at both ends', () => {
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
    expect(expectedValue({ ...kpi }, '2026-06-01')).toBe(10);
    expect(expectedValue({ ...kpi }, '2027-07-02')).toBeCloseTo(20, 0);
    expect(expectedValue({ ...kpi }, '2029-01-01')).toBe(30);
  });

  it('is on track within 10 points of the line and off track beyond', () => {
    // Half-way (2027-07-02) the line expects 20: 18.5 is 42.5% of the way (within 10 points of 50%), 17.5 is 37.5%.
    expect(kpiStatus({ ...kpi, measurements: [{ periodEnd: '2027-07-02', value: 18.5 }] }).state).toBe('on-track');
    expect(kpiStatus({ ...kpi, measurements: [{ periodEnd: '2027-07-02', value: 17.5 }] }).state).toBe('off-track');
    expect(kpiStatus({ ...kpi, measurements: [{ periodEnd: '2027-07-02', value: 29 }] }).state).toBe('on-track');
  });

  it('judges by the latest period, whatever the order given', () => {
    const status = kpiStatus({
      ...kpi,
      measurements: [
        { periodEnd: '2027-12-31', value: 12 },
        { periodEnd: '2027-03-31', value: 14 },
      ],
    });
    expect(status).toMatchObject({ state: 'off-track', latest: 12, periodEnd: '2027-12-31' });
  });

  it('works for a KPI that should fall', () => {
    const falling = { ...kpi, baseline: 40, target: 20 };
    expect(kpiStatus({ ...falling, measurements: [{ periodEnd: '2027-07-02', value: 31 }] }).state).toBe('on-track');
    expect(kpiStatus({ ...falling, measurements: [{ periodEnd: '2027-07-02', value: 38 }] }).state).toBe('off-track');
  });

  it('says why it cannot judge', () => {
    expect(kpiStatus({ ...kpi, baseline: null })).toEqual({ state: 'not-judged', reason: 'no-baseline' });
    expect(kpiStatus({ ...kpi, target: null })).toEqual({ state: 'not-judged', reason: 'no-target' });
    expect(kpiStatus({ ...kpi, targetDate: '2026-01-01' })).toEqual({ state: 'not-judged', reason: 'no-target-date' });
    expect(kpiStatus({ ...kpi, target: 10 })).toEqual({ state: 'not-judged', reason: 'flat-target' });
    expect(kpiStatus(kpi)).toEqual({ state: 'not-judged', reason: 'no-measurements' });
  });
});
