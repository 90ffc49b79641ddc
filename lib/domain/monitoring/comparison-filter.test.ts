import { describe, expect, it } from 'vitest';
import { changeCounts, filterComparison } from './comparison-filter';
import type { TEvaluationChange } from './round-comparison';

const questions = (
  [
    ['transparency.1', 'improved'],
    ['transparency.2', 'same'],
    ['transparency.3', 'worsened'],
    ['automation.1', 'changed'],
    ['automation.2', 'same'],
  ] as const
).map(([key, evaluation]) => ({ key, areaId: key.split('.')[0]!, evaluation: evaluation satisfies TEvaluationChange }));

describe('the comparison filter', () => {
  it('shows by default every question whose evaluation moved, off the scale too', () => {
    expect(filterComparison(questions, null, 'changed').map((q) => q.key)).toEqual([
      'transparency.1',
      'transparency.3',
      'automation.1',
    ]);
  });

  it('narrows to one area and one kind of change, and keeps every question under "all"', () => {
    expect(filterComparison(questions, 'transparency', 'worsened').map((q) => q.key)).toEqual(['transparency.3']);
    expect(filterComparison(questions, 'automation', 'unchanged').map((q) => q.key)).toEqual(['automation.2']);
    expect(filterComparison(questions, null, 'all')).toHaveLength(5);
  });

  it('counts what each filter would show within the chosen area', () => {
    expect(changeCounts(questions, null)).toEqual({ changed: 3, improved: 1, worsened: 1, unchanged: 2, all: 5 });
    expect(changeCounts(questions, 'transparency')).toEqual({
      changed: 2,
      improved: 1,
      worsened: 1,
      unchanged: 1,
      all: 3,
    });
  });
});
