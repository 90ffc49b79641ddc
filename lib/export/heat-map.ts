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
