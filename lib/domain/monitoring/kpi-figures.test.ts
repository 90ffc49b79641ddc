import { describe, expect, it } from 'vitest';
import { kpiLine, readKpiFigure } from './kpi-figures';
import { annex11Example } from '../plan/kpi-sheet';
import { kpiStatus } from './red-flags';

describe('readKpiFigure', () => {
  it('reads a figure with the year it holds for, however the year is written', () => {
    expect(readKpiFigure('2019: 35%')).toEqual({ value: 35, date: '2019-12-31' });
    expect(readKpiFigure('35% (2019)')).toEqual({ value: 35, date: '2019-12-31' });
    expect(readKpiFigure('Baseline year 2019, value 0.8 cases per audit')).toEqual({ value: 0.8, date: '2019-12-31' });
    expect(readKpiFigure('0 by 2027')).toEqual({ value: 0, date: '2027-12-31' });
    expect(readKpiFigure('1950 cases (2019)')).toEqual({ value: 1950, date: '2019-12-31' });
    expect(readKpiFigure('2019 12%')).toEqual({ value: 12, date: '2019-12-31' });
  });

  it('reads periods and days as dates, and a figure without a date as undated', () => {
    expect(readKpiFigure('2020-Q2: 14')).toEqual({ value: 14, date: '2020-06-30' });
    expect(readKpiFigure('12.5% on 2021-03-15')).toEqual({ value: 12.5, date: '2021-03-15' });
    expect(readKpiFigure('1,200 cases')).toEqual({ value: 1200, date: null });
    expect(readKpiFigure('25%')).toEqual({ value: 25, date: null });
  });

  it('finds no figure in words alone', () => {
    expect(readKpiFigure('Regional benchmark)')).toBeNull();
    expect(readKpiFigure('In 2019')).toBeNull();
    expect(readKpiFigure('')).toBeNull();
    expect(readKpiFigure(null)).toBeNull();
  });
});

describe('kpiLine with the guide’s Annex 11 example', () => {
  // The guide's example: target value "Regional benchmark", no baseline. The working group writes
  // the baseline the guide's way and states the number the benchmark stands for.
  const example = annex11Example();

  it('finds neither a baseline nor a target in the example as printed', () => {
    expect(example.fields.targetValue).toBe('Regional benchmark');
    expect(kpiLine(example, '2027-12-31')).toEqual({
      baseline: null,
      baselineDate: null,
      target: null,
      targetDate: '2027-12-31',
    });
  });

  it('judges the example once its baseline is written as "2019: 35%" and the benchmark stated as a number', () => {
    const line = kpiLine({ ...example, baselineValue: '2019: 35%', targetNumber: 20 }, '2023-12-31');
    expect(line).toEqual({ baseline: 35, baselineDate: '2019-12-31', target: 20, targetDate: '2023-12-31' });
    const status = kpiStatus({ id: 'k', ...line, measurements: [{ periodEnd: '2021-12-31', value: 28 }] });
    expect(status).toMatchObject({ state: 'on-track', latest: 28 });
  });

  it('prefers the explicit dates, and takes a worded target with its year', () => {
    expect(
      kpiLine(
        {
          ...example,
          baselineValue: '35% (2019)',
          baselineDate: '2019-06-30',
          targetNumber: 20,
          targetDate: '2025-12-31',
        },
        '2023-12-31',
      ),
    ).toMatchObject({ baselineDate: '2019-06-30', targetDate: '2025-12-31' });
    expect(
      kpiLine(
        { ...example, baselineValue: '35% (2019)', fields: { ...example.fields, targetValue: '0 by 2026' } },
        '2023-12-31',
      ),
    ).toMatchObject({ target: 0, targetDate: '2026-12-31' });
  });

  it('keeps reading sheets adopted before the explicit target existed', () => {
    const {
      targetNumber: _n,
      targetDate: _d,
      ...older
    } = {
      ...example,
      baselineValue: '20',
      baselineDate: '2026-01-01',
      fields: { ...example.fields, targetValue: '100' },
    };
    expect(kpiLine(older, '2027-12-31')).toEqual({
      baseline: 20,
      baselineDate: '2026-01-01',
      target: 100,
      targetDate: '2027-12-31',
    });
  });
});
