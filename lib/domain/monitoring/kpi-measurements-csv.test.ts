import { describe, expect, it } from 'vitest';
import { periodEnd } from './kpi-periods';
import { parseCsvNumber, parseCsvRecords, parseMeasurementsCsv } from './kpi-measurements-csv';

const kpis = [
  { id: 'k1', name: 'Complaints against officers' },
  { id: 'k2', name: 'Rulings published' },
];

describe('measurement periods', () => {
  it('ends years, quarters and months on their last day, and rejects anything else', () => {
    expect(periodEnd('2027')).toBe('2027-12-31');
    expect(periodEnd('2027-Q1')).toBe('2027-03-31');
    expect(periodEnd('2028-02')).toBe('2028-02-29');
    expect(periodEnd('2027-13')).toBeNull();
    expect(periodEnd('Q1 2027')).toBeNull();
  });
});

describe('CSV records', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsvRecords('\uFEFFa,"b,c","say ""hi""\nthere"\r\nd,e,f')).toEqual([
      ['a', 'b,c', 'say "hi"\nthere'],
      ['d', 'e', 'f'],
    ]);
    expect(parseCsvNumber('1,200.5')).toBe(1200.5);
    expect(parseCsvNumber('12%')).toBeNull();
  });
});

describe('measurements CSV', () => {
  it('takes a good file whole, by KPI name (any case) or id, with disaggregated values', () => {
    const csv =
      'KPI,Period,Value,Source,disaggregated:women,disaggregated:men\ncomplaints against officers,2027-Q1,12,Complaints register,5,7\nk2,2027,40,Website,,\n';
    expect(parseMeasurementsCsv(csv, kpis)).toEqual({
      ok: true,
      rows: [
        {
          kpiId: 'k1',
          period: '2027-Q1',
          periodEnd: '2027-03-31',
          value: 12,
          disaggregated: { women: 5, men: 7 },
          source: 'Complaints register',
        },
        { kpiId: 'k2', period: '2027', periodEnd: '2027-12-31', value: 40, disaggregated: {}, source: 'Website' },
      ],
    });
  });

  it('lists every wrong row with its spreadsheet row number and every reason, and returns no rows', () => {
    const csv = [
      'kpi,period,value,source',
      'Rulings published,2027-Q1,10,Website',
      'Unknown KPI,2027-Q5,ten,',
      'Rulings published,2027-Q2,11,Website',
      '',
      'Rulings published,2027-Q1,12,Website',
    ].join('\n');
    const result = parseMeasurementsCsv(csv, kpis);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        row: 3,
        reasons: [
          'No KPI of the adopted plan is called “Unknown KPI”.',
          expect.stringContaining('“2027-Q5” is not a year'),
          'The value “ten” is not a number.',
          'The source of the value is missing.',
        ],
      },
      { row: 6, reasons: ['Row 2 already gives Rulings published for 2027-Q1.'] },
    ]);
  });

  it('refuses a file without the needed columns or without rows', () => {
    expect(parseMeasurementsCsv('kpi,value\nk1,3', kpis)).toEqual({
      ok: false,
      errors: [{ row: 1, reasons: ['The header lacks the column(s): period, source.'] }],
    });
    expect(parseMeasurementsCsv('kpi,period,value,source\n', kpis)).toMatchObject({ ok: false, errors: [{ row: 1 }] });
    expect(parseMeasurementsCsv('', kpis)).toMatchObject({ ok: false });
  });

  it('reports a row with too few cells and a non-numeric disaggregated value', () => {
    const result = parseMeasurementsCsv(
      'kpi,period,value,source,disaggregated:women\nk1,2027,3,Register,many\nk1,2028,3',
      kpis,
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [{ row: 2, reasons: ['The value for “women” (“many”) is not a number.'] }, { row: 3 }],
    });
  });
});
