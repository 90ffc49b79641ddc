import { describe, expect, it } from 'vitest';
import { orderForMove } from './findings-order';

describe('orderForMove', () => {
  it('moves up between the new neighbours', () => {
    expect(orderForMove([1, 2, 3], 2, 1)).toBe(1.5);
  });
  it('moves to the top and the bottom past the ends', () => {
    expect(orderForMove([1, 2, 3], 1, 0)).toBe(0);
    expect(orderForMove([1, 2, 3], 0, 2)).toBe(4);
  });
  it('moves down one', () => {
    expect(orderForMove([1, 2, 3], 0, 1)).toBe(2.5);
  });
  it('keeps the order for no move or out-of-range positions', () => {
    expect(orderForMove([1, 2], 1, 1)).toBe(2);
    expect(orderForMove([1, 2], 0, 5)).toBe(1);
  });
});
