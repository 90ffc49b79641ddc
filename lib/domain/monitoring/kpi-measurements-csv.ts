import Papa from 'papaparse';
import { isPeriod, periodEnd } from './kpi-periods';

// CSV import of KPI measurements. Every row is checked and every wrong row reported with its line
// number and all its reasons; the caller imports nothing unless there are no errors at all, so a
// file is taken whole or not at all.
//
// Columns (header row, any order, names case-insensitive): `kpi` (the KPI's name as on its sheet,
// or its id), `period` (2027, 2027-Q2 or 2027-05), `value`, `source`; and for disaggregated values
// one column per category named `disaggregated:<category>` (e.g. `disaggregated:women`).

/** Most data rows one file may hold. */
export const MAX_CSV_ROWS = 2000;
export const DISAGGREGATED_PREFIX = 'disaggregated:';

export type TMeasurementInput = {
  kpiId: string;
  period: string;
  periodEnd: string;
  value: number;
  disaggregated: Record<string, number>;
  source: string;
};
export type TCsvRowError = { row: number; reasons: string[] };
export type TCsvResult = { ok: true; rows: TMeasurementInput[] } | { ok: false; errors: TCsvRowError[] };

/** Splits RFC 4180 CSV into records of fields (quoted fields may hold commas, quotes and line breaks). */
export function parseCsvRecords(text: string): string[][] {
  // Every CR, LF or CRLF ends a record, as spreadsheets read a file whose lines were joined from
  // several sources; papaparse would otherwise take one kind of line end for the whole file.
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // The delimiter is fixed: guessing it would read a semicolon inside a source as a separator.
  const records = Papa.parse<string[]>(src, { delimiter: ',', newline: '\n', skipEmptyLines: false }).data;
  // A final line break ends the last record; it does not start an empty one.
  if (src.endsWith('\n') && records.at(-1)?.length === 1 && records.at(-1)?.[0] === '') records.pop();
  return records;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Reads a number as people type it in a spreadsheet export: "1200", "1,200.5" and "12.5" are numbers; "12%" is not. */
export function parseCsvNumber(text: string): number | null {
  const t = text.trim().replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1');
  return NUMBER.test(t) ? Number(t) : null;
}

/**
 * Parses and checks a measurements CSV against the KPIs that may be measured. Rows are numbered as
 * a spreadsheet shows them: the header is row 1. Blank lines are skipped.
 */
export function parseMeasurementsCsv(text: string, kpis: readonly { id: string; name: string }[]): TCsvResult {
  const records = parseCsvRecords(text);
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = ['kpi', 'period', 'value', 'source'].filter((c) => !header.includes(c));
  if (records.length === 0 || missing.length > 0)
    return {
      ok: false,
      errors: [
        {
          row: 1,
          reasons: [missing.length ? `The header lacks the column(s): ${missing.join(', ')}.` : 'The file is empty.'],
        },
      ],
    };
  const col = (name: string) => header.indexOf(name);
  const categories = header.flatMap((h, i) =>
    h.startsWith(DISAGGREGATED_PREFIX) && h.length > DISAGGREGATED_PREFIX.length
      ? [{ i, label: h.slice(DISAGGREGATED_PREFIX.length).trim() }]
      : [],
  );
  const byId = new Map(kpis.map((k) => [k.id, k]));
  const byName = new Map<string, { id: string; name: string }[]>();
  for (const k of kpis)
    byName.set(k.name.trim().toLowerCase(), [...(byName.get(k.name.trim().toLowerCase()) ?? []), k]);

  const rows: TMeasurementInput[] = [];
  const errors: TCsvRowError[] = [];
  const seen = new Map<string, number>();
  const dataRows = records
    .slice(1)
    .map((r, i) => ({ r, row: i + 2 }))
    .filter(({ r }) => r.some((c) => c.trim() !== ''));
  if (dataRows.length === 0)
    return { ok: false, errors: [{ row: 1, reasons: ['The file has no measurements under its header.'] }] };
  if (dataRows.length > MAX_CSV_ROWS)
    return {
      ok: false,
      errors: [
        { row: 1, reasons: [`The file has ${dataRows.length} rows; import at most ${MAX_CSV_ROWS} at a time.`] },
      ],
    };
  for (const { r, row } of dataRows) {
    const reasons: string[] = [];
    const cell = (i: number) => (r[i] ?? '').trim();
    if (r.length !== header.length) reasons.push(`It has ${r.length} cells where the header has ${header.length}.`);
    const kpiText = cell(col('kpi'));
    const named = byName.get(kpiText.toLowerCase()) ?? [];
    const kpi = byId.get(kpiText) ?? (named.length === 1 ? named[0] : undefined);
    if (!kpiText) reasons.push('The KPI is missing.');
    else if (named.length > 1) reasons.push(`Several KPIs are called “${kpiText}”: use the KPI's id.`);
    else if (!kpi) reasons.push(`No KPI of the adopted plan is called “${kpiText}”.`);
    const period = cell(col('period'));
    if (!isPeriod(period))
      reasons.push(`The period “${period}” is not a year (2027), a quarter (2027-Q2) or a month (2027-05).`);
    const value = parseCsvNumber(cell(col('value')));
    if (value === null) reasons.push(`The value “${cell(col('value'))}” is not a number.`);
    const source = cell(col('source'));
    if (!source) reasons.push('The source of the value is missing.');
    else if (source.length > 500) reasons.push('The source is longer than 500 characters.');
    const disaggregated: Record<string, number> = {};
    for (const c of categories) {
      const raw = cell(c.i);
      if (raw === '') continue;
      const n = parseCsvNumber(raw);
      if (n === null) reasons.push(`The value for “${c.label}” (“${raw}”) is not a number.`);
      else disaggregated[c.label] = n;
    }
    if (kpi && isPeriod(period)) {
      const key = `${kpi.id}|${period}`;
      const first = seen.get(key);
      if (first !== undefined) reasons.push(`Row ${first} already gives ${kpi.name} for ${period}.`);
      else seen.set(key, row);
    }
    if (reasons.length > 0) errors.push({ row, reasons });
    else rows.push({ kpiId: kpi!.id, period, periodEnd: periodEnd(period)!, value: value!, disaggregated, source });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
