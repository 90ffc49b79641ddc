import { describe, expect, it } from 'vitest';
import { cellShare, heatFill, heatInk } from './heat-map';

describe('heat map cells', () => {
  it('weighs a cell by its share of the row, and an empty row as nothing', () => {
    expect(cellShare(2, 4)).toBe(0.5);
    expect(cellShare(0, 0)).toBe(0);
  });

  it('shades from white through a pale tint to the full colour', () => {
    expect(heatFill('#15803d', 0)).toBe('#ffffff');
    expect(heatFill('#15803d', 1)).toBe('#15803d');
    const pale = heatFill('#15803d', 0.1);
    expect(pale).not.toBe('#ffffff');
    expect(parseInt(pale.slice(1, 3), 16)).toBeGreaterThan(0xc0);
  });

  it('writes numbers white on dark cells only', () => {
    expect(heatInk(0.9)).toBe('#ffffff');
    expect(heatInk(0.2)).toBe('#0f172a');
  });
});
