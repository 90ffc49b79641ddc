import { describe, expect, it } from 'vitest';
import { criterionResult } from './priority-aggregate';
import type { TDistribution } from './priority-levels';
import { levelOfScore, priorityWords } from './priority-words';

const d = (low: number, medium: number, high: number, skip = 0): TDistribution => ({ low, medium, high, skip });

describe('levelOfScore', () => {
  it('takes the nearest word on the three-word scale, the lower one halfway', () => {
    expect([1, 1.5, 1.51, 2, 2.5, 2.51, 3].map(levelOfScore)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'medium',
      'high',
      'high',
    ]);
  });
});

describe('priorityWords', () => {
  it('counts criteria per priority they read as, cost the other way round, over the round’s criteria', () => {
    const ratings = {
      importance: criterionResult(d(0, 0, 3)),
      urgency: criterionResult(d(0, 2, 1)),
      cost: criterionResult(d(3, 0, 0)),
      'added-abc': criterionResult(d(2, 0, 0)),
      impact: criterionResult(d(0, 0, 0, 4)),
    };
    expect(priorityWords(ratings, ['importance', 'urgency', 'cost', 'added-abc', 'impact'], 2.25)).toEqual({
      overall: 'medium',
      counts: { high: 2, medium: 1, low: 1 },
      of: 5,
    });
  });
  it('has no overall word without a score', () => {
    expect(priorityWords({}, ['importance'], null)).toEqual({
      overall: null,
      counts: { low: 0, medium: 0, high: 0 },
      of: 1,
    });
  });
});
