import { cleanText, type TBlock, type TRun } from './rich-text';

// One neutral model of an exported document, filled by the report and the terms of reference and
// written out by the DOCX, PDF and HTML writers, so that every format prints the same content.

/**
 * A table of plain-text cells under a header row. The rows listed in `bands` hold one cell that
 * spans the table, heading the rows below it (an outcome or an objective over its activities in
 * Annex 9); a table with bands is printed as a grid in every format, as its columns carry the meaning.
 */
export type TTableBlock = { kind: 'table'; header: string[]; rows: string[][]; bands?: number[] };

/**
 * A chart of counts, rows by columns, each cell shaded in its column's colour by its share of the
 * row's total; a row without counts (an area out of scope) prints `emptyRow` instead.
 */
export type THeatMapBlock = {
  kind: 'heatMap';
  title: string;
  rowHeader: string;
  columns: { label: string; colour: string }[];
  rows: { label: string; counts: number[] | null; total: number }[];
  emptyRow: string;
};

/** Anything a document holds: rich-text blocks, tables, charts, page breaks before annexes. */
export type TDocBlock = TBlock | TTableBlock | THeatMapBlock | { kind: 'pageBreak' };

/** A document ready to be written in any format; `credit`, when it carries the guide's text, follows the subtitle. */
export type TExportDocument = { title: string; subtitle: string; credit?: string; blocks: TDocBlock[] };

/** A plain run (no marks). */
export function run(text: string, marks: Partial<Omit<TRun, 'text'>> = {}): TRun {
  return { text: cleanText(text), bold: marks.bold ?? false, italic: marks.italic ?? false, href: marks.href ?? null };
}

/** A heading of one plain run. */
export function heading(level: number, text: string): TBlock {
  return { kind: 'heading', level, runs: [run(text)] };
}

/** A paragraph of plain or marked runs. */
export function paragraph(...runs: (TRun | string)[]): TBlock {
  return { kind: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? run(r) : r)) };
}

/** A table, with rows across it at `bands`; cells are cleaned of characters no format can carry. */
export function table(
  header: string[],
  rows: (string | number | null)[][],
  opts: { bands?: number[] } = {},
): TTableBlock {
  return {
    kind: 'table',
    header: header.map(cleanText),
    rows: rows.map((r) => r.map((c) => cleanText(c === null ? '' : String(c)))),
    ...(opts.bands?.length ? { bands: opts.bands } : {}),
  };
}
