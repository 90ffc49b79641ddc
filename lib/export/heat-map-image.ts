import type { THeatMapBlock } from './document';
import { cellShare, heatFill } from './heat-map';
import { canvas, encodePng, fillRect } from './png';

// The heat map as a picture: its cells only, each shaded as in every other format. The labels and
// numbers are in the table printed beside it (heatMapNumbers), where they stay text.

/** A cell of the picture in pixels; drawn at twice the size it is shown, so that it stays sharp in print. */
export const HEAT_MAP_CELL = { width: 96, height: 32 };
const LINE = 2;
const GRID = '#cbd5e1';
const EMPTY_ROW = '#f1f5f9';

/** The heat map's picture as PNG bytes, with its size in pixels. */
export function heatMapPng(b: THeatMapBlock): { png: Buffer; width: number; height: number } {
  const { width: w, height: h } = HEAT_MAP_CELL;
  const width = b.columns.length * w + LINE;
  const height = Math.max(1, b.rows.length) * h + LINE;
  const c = canvas(width, height, GRID);
  b.rows.forEach((r, n) => {
    const y = n * h + LINE;
    if (!r.counts) {
      fillRect(c, LINE, y, width - 2 * LINE, h - LINE, EMPTY_ROW);
      return;
    }
    r.counts.forEach((count, i) =>
      fillRect(c, i * w + LINE, y, w - LINE, h - LINE, heatFill(b.columns[i]!.colour, cellShare(count, r.total))),
    );
  });
  return { png: encodePng(c), width, height };
}
