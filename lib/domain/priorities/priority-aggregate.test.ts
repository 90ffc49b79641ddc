import { describe, expect, it } from 'vitest';
import {
  activityResult,
  combinedScore,
  criterionResult,
  hasDisagreement,
  medianLevel,
  rankByScore,
} from './priority-aggregate';
import type { TDistribution } from './priority-levels';

const d = (low: number, medium: number, high: number, skip = 0): TDistribution => ({ low, medium, high, skip });

describe('medianLevel', () => {
  it('takes the middle rating, skips excluded', () => {
    expect(medianLevel(d(1, 1, 1))).toBe('medium');
    expect(medianLevel(d(0, 0, 3, 10))).toBe('high');
    expect(medianLevel(d(2, 0, 1, 5))).toBe('low');
  });
  it('takes the lower middle with an even count, and none without ratings', () => {
    expect(medianLevel(d(1, 0, 1))).toBe('low');
    expect(medianLevel(d(0, 2, 2))).toBe('medium');
    expect(medianLevel(d(0, 0, 0, 4))).toBeNull();
    expect(medianLevel(d(0, 0, 0))).toBeNull();
  });
});

describe('disagreement', () => {
  it('is flagged only when ratings run from low to high', () => {
    expect(hasDisagreement(d(1, 0, 1))).toBe(true);
    expect(hasDisagreement(d(1, 5, 0))).toBe(false);
    expect(hasDisagreement(d(0, 5, 1))).toBe(false);
    expect(hasDisagreement(d(0, 0, 0, 3))).toBe(false);
    expect(activityResult({ importance: d(0, 3, 0), cost: d(2, 0, 1) }, {}).disagreement).toBe(true);
  });
});

describe('combinedScore', () => {
  it('weighs criteria equally by default', () => {
    expect(combinedScore({ importance: criterionResult(d(0, 0, 1)), urgency: criterionResult(d(1, 0, 0)) }, {})).toBe(
      2,
    );
  });
  it('inverts cost and keeps ease: high cost lowers priority, high ease raises it', () => {
    expect(combinedScore({ cost: criterionResult(d(0, 0, 1)) }, {})).toBe(1);
    expect(combinedScore({ cost: criterionResult(d(1, 0, 0)) }, {})).toBe(3);
    expect(combinedScore({ ease: criterionResult(d(0, 0, 1)) }, {})).toBe(3);
    expect(combinedScore({ ease: criterionResult(d(1, 0, 0)) }, {})).toBe(1);
  });
  it('applies weights, drops weight 0 and criteria with only skips', () => {
    const criteria = {
      importance: criterionResult(d(0, 0, 1)),
      urgency: criterionResult(d(1, 0, 0)),
      impact: criterionResult(d(0, 0, 0, 4)),
    };
    expect(combinedScore(criteria, { importance: 3, urgency: 1 })).toBe(2.5);
    expect(combinedScore(criteria, { importance: 0 })).toBe(1);
    expect(combinedScore({ impact: criterionResult(d(0, 0, 0, 2)) }, {})).toBeNull();
  });
});

describe('rankByScore', () => {
  it('shares ranks between equal scores (1, 2, 2, 4), ordered by title within a tie', () => {
    const ranked = rankByScore([
      { id: 'a', title: 'Zeta', score: 2 },
      { id: 'b', title: 'Alpha', score: 2 },
      { id: 'c', title: 'Top', score: 3 },
      { id: 'd', title: 'Last', score: 1 },
    ]);
    expect(ranked.map((r) => [r.title, r.rank, r.tied])).toEqual([
      ['Top', 1, false],
      ['Alpha', 2, true],
      ['Zeta', 2, true],
      ['Last', 4, false],
    ]);
  });
  it('is stable whatever the input order, and puts unrated activities last, unranked', () => {
    const items = [
      { id: 'x', title: 'Same', score: 1.5 },
      { id: 'w', title: 'Same', score: 1.5 },
      { id: 'n', title: 'Nothing', score: null },
      { id: 'h', title: 'High', score: 2.75 },
    ];
    const forward = rankByScore(items).map((r) => `${r.id}:${r.rank}`);
    expect(rankByScore([...items].reverse()).map((r) => `${r.id}:${r.rank}`)).toEqual(forward);
    expect(forward).toEqual(['h:1', 'w:2', 'x:2', 'n:null']);
  });
  it('ties scores that are equal after weighting in a different order', () => {
    const a = activityResult(
      { importance: d(0, 0, 1), urgency: d(0, 1, 0), cost: d(0, 0, 1) },
      { importance: 0.1, urgency: 0.2, cost: 0.3 },
    );
    const b = activityResult(
      { cost: d(0, 0, 1), urgency: d(0, 1, 0), importance: d(0, 0, 1) },
      { importance: 0.1, urgency: 0.2, cost: 0.3 },
    );
    const ranked = rankByScore([
      { id: '1', title: 'B', score: b.score },
      { id: '2', title: 'A', score: a.score },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });
});
