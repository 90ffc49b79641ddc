import { describe, expect, it } from 'vitest';
import { nextSort, sortOrder } from './table-sort';

describe('sortOrder', () => {
  it('orders numbers both ways', () => {
    expect(sortOrder([3, 1, 2], 'ascending', 'en')).toEqual([1, 2, 0]);
    expect(sortOrder([3, 1, 2], 'descending', 'en')).toEqual([0, 2, 1]);
  });

  it('reads numbers inside text as numbers, as activity numbers need', () => {
    expect(sortOrder(['1.10', '1.2', '1.1'], 'ascending', 'en')).toEqual([2, 1, 0]);
  });

  it('compares text by the language, ignoring case and accents', () => {
    expect(sortOrder(['éric', 'Zoé', 'anne'], 'ascending', 'fr')).toEqual([2, 0, 1]);
  });

  it('puts empty values last in either direction', () => {
    expect(sortOrder([null, 2, 1], 'ascending', 'en')).toEqual([2, 1, 0]);
    expect(sortOrder([null, 2, 1], 'descending', 'en')).toEqual([1, 2, 0]);
  });

  it('keeps equal values in their original order', () => {
    expect(sortOrder(['b', 'a', 'b', 'a'], 'ascending', 'en')).toEqual([1, 3, 0, 2]);
    expect(sortOrder(['b', 'a', 'b', 'a'], 'descending', 'en')).toEqual([0, 2, 1, 3]);
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending, then turns it round on each click', () => {
    const first = nextSort(null, 'name');
    expect(first).toEqual({ column: 'name', direction: 'ascending' });
    const second = nextSort(first, 'name');
    expect(second).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort(second, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort(second, 'role')).toEqual({ column: 'role', direction: 'ascending' });
  });
});
