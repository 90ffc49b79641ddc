/**
 * The new `order` of the finding at `from` when it moves to position `to` of a list sorted by
 * order: halfway between its new neighbours, so a move writes one finding's metadata only and
 * two people moving different findings at once both keep their move.
 */
export function orderForMove(orders: readonly number[], from: number, to: number): number {
  if (from < 0 || from >= orders.length || to < 0 || to >= orders.length || from === to) return orders[from] ?? 0;
  const rest = orders.filter((_, i) => i !== from);
  const before = rest[to - 1];
  const after = rest[to];
  if (before === undefined) return (after ?? 0) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}
