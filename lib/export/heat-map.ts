import type { THeatMapBlock } from './document';

// How the heat map's cells look, the same in every format: the shade of a cell and the ink on it.

/** A cell's fill: white when empty, then from a pale tint to the full column colour as its share grows. */
export function heatFill(colour: string, share: number): string {
  if (share <= 0) return '#ffffff';
  const weight = 0.15 + 0.85 * Math.min(1, share);
  const channel = (i: number) => {
    const c = parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(255 + (c - 255) * weight)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** The ink of a cell's number: white on a dark fill, near-black otherwise, so that it stays legible. */
export function heatInk(share: number): string {
  return share > 0.5 ? '#ffffff' : '#0f172a';
}

/** A cell's share of its row's total. */
export function cellShare(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/** The heat map's numbers as a table (header first), in the chart's row and column order, for beside its image. */
export function heatMapNumbers(b: THeatMapBlock): { header: string[]; rows: string[][] } {
  return {
    header: [b.rowHeader, ...b.columns.map((c) => c.label), 'Questions'],
    rows: b.rows.map((r) => [
      r.label,
      ...(r.counts ? [...r.counts.map(String), String(r.total)] : [b.emptyRow, ...b.columns.map(() => '')]),
    ]),
  };
}

/** What the chart's image shows, in words, for those who cannot see it (DOCX alt text, PDF alternate description). */
export function heatMapAltText(b: THeatMapBlock): string {
  const columns = b.columns.map((c) => c.label).join(', ');
  return (
    `${b.title}. A heat map of ${b.rows.length} rows, one per ${b.rowHeader.toLowerCase()} in the order of the ` +
    `table that follows, by ${b.columns.length} columns (${columns}). Each cell is shaded in its column's colour, ` +
    `the darker the larger its share of the row; a grey row is ${b.emptyRow.toLowerCase()}. ` +
    'The table that follows gives the numbers.'
  );
}
