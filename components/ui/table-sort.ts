// How a data table orders its rows when a column header is clicked. Kept apart from the component
// so the rules are tested without rendering.

/** What a cell sorts by: text (compared as the reader's language does), a number, or nothing. */
export type TSortValue = string | number | null;
export type TSortDirection = 'ascending' | 'descending';
export type TSort = { column: string; direction: TSortDirection };

/**
 * Row indexes in the order of their values. Text compares by the language's collation with
 * numbers inside it read as numbers ("1.2" before "1.10"); empty values go last in either
 * direction; equal values keep their original order.
 */
export function sortOrder(values: readonly TSortValue[], direction: TSortDirection, locale: string): number[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return values
    .map((_, i) => i)
    .sort((a, b) => {
      const x = values[a] ?? null;
      const y = values[b] ?? null;
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
      return sign * collator.compare(String(x), String(y));
    });
}

/** The sort a click on a column's header asks for: ascending first, then each click turns it round. */
export function nextSort(current: TSort | null, column: string): TSort {
  const descending = current?.column === column && current.direction === 'ascending';
  return { column, direction: descending ? 'descending' : 'ascending' };
}
