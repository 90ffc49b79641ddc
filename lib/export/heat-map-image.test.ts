import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { THeatMapBlock } from './document';
import { heatFill } from './heat-map';
import { HEAT_MAP_CELL, heatMapPng } from './heat-map-image';

const chart: THeatMapBlock = {
  kind: 'heatMap',
  title: 'Figure 1',
  rowHeader: 'Area',
  columns: [
    { label: 'In place', colour: '#15803d' },
    { label: 'Action required', colour: '#b91c1c' },
  ],
  rows: [
    { label: 'Transparency', counts: [3, 1], total: 4 },
    { label: 'Leadership', counts: null, total: 0 },
  ],
  emptyRow: 'Not in scope',
};

// The colour at the middle of a cell of the picture, read from the PNG's single IDAT.
function cellColour(png: Buffer, width: number, column: number, row: number): string {
  const raw = inflateSync(png.subarray(8 + 12 + 13 + 8, png.length - 12 - 4));
  const x = column * HEAT_MAP_CELL.width + HEAT_MAP_CELL.width / 2;
  const y = row * HEAT_MAP_CELL.height + HEAT_MAP_CELL.height / 2;
  const at = y * (width * 3 + 1) + 1 + x * 3;
  return `#${raw.subarray(at, at + 3).toString('hex')}`;
}

describe('the heat map picture', () => {
  it('is a cell per column and row, each shaded by its share of the row', () => {
    const { png, width, height } = heatMapPng(chart);
    expect(png.readUInt32BE(16)).toBe(width);
    expect(png.readUInt32BE(20)).toBe(height);
    expect(width).toBeGreaterThanOrEqual(2 * HEAT_MAP_CELL.width);
    expect(height).toBeGreaterThanOrEqual(2 * HEAT_MAP_CELL.height);
    expect(cellColour(png, width, 0, 0)).toBe(heatFill('#15803d', 0.75));
    expect(cellColour(png, width, 1, 0)).toBe(heatFill('#b91c1c', 0.25));
    // A row out of scope is grey across.
    expect(cellColour(png, width, 0, 1)).toBe('#f1f5f9');
    expect(cellColour(png, width, 1, 1)).toBe('#f1f5f9');
  });
});
