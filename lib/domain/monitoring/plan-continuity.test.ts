import { describe, expect, it } from 'vitest';
import { sortNewPlan, type TPreviousActivity } from './plan-continuity';

const previous: TPreviousActivity[] = [
  { id: 'a1', number: '1.1.1', title: 'Publish rulings', status: 'at-risk', percent: 20 },
  { id: 'a2', number: '1.1.2', title: 'Train staff', status: 'done', percent: 100 },
  { id: 'a3', number: '1.2.1', title: 'Rotate staff', status: 'delayed', percent: 0 },
  { id: 'a4', number: '1.2.2', title: 'Audit gifts', status: 'on-track', percent: 50 },
];

describe('sortNewPlan', () => {
  const decisions = new Map([
    ['a1', { decision: 'continued' as const, variation: '' }],
    ['a2', { decision: 'dropped' as const, variation: '' }],
    ['a3', { decision: 'varied' as const, variation: 'Rotate every two years, not three.' }],
  ]);
  const carried = new Map([
    ['c1', 'a1'],
    ['c3', 'a3'],
  ]);

  it('puts each previous activity in the list of its decision, and the undecided ones apart', () => {
    const sort = sortNewPlan(previous, decisions, carried, []);
    expect(sort.continued.map((a) => a.id)).toEqual(['a1']);
    expect(sort.varied).toEqual([
      { ...previous[2], decision: 'varied', variation: 'Rotate every two years, not three.', inNewPlan: [] },
    ]);
    expect(sort.dropped.map((a) => a.id)).toEqual(['a2']);
    expect(sort.unsorted.map((a) => a.id)).toEqual(['a4']);
    expect(sort.added).toEqual([]);
  });

  it('counts as new the plan activities that come from no previous activity, and places the rest', () => {
    const sort = sortNewPlan(previous, decisions, carried, [
      { number: '1.1.1', title: 'Publish rulings', candidateId: 'c1' },
      { number: '1.1.2', title: 'Publish rulings in French', candidateId: 'c1' },
      { number: '2.1.1', title: 'Whistle-blower line', candidateId: 'c9' },
      { number: '2.1.2', title: 'Typed in the plan', candidateId: null },
    ]);
    expect(sort.continued[0]!.inNewPlan).toEqual(['1.1.1', '1.1.2']);
    expect(sort.added).toEqual([
      { number: '2.1.1', title: 'Whistle-blower line' },
      { number: '2.1.2', title: 'Typed in the plan' },
    ]);
  });
});
