import { describe, expect, it } from 'vitest';
import { quarterOf, resourceTotals, timelineLabel, type TPlanActivity, type TPlanDraft } from './plan-tree';

const activity = (id: string, patch: Partial<TPlanActivity>): TPlanActivity => ({
  id,
  number: '',
  title: id,
  responsible: '',
  ownerId: null,
  target: '',
  resources: '',
  budget: null,
  staff: null,
  start: null,
  due: null,
  strategicLink: '',
  kpiIds: [],
  candidateId: null,
  ...patch,
});

describe('plan tree rules', () => {
  it('shows dates as quarters', () => {
    expect(quarterOf('2027-01-10')).toBe('Q1 2027');
    expect(quarterOf('2027-12-31')).toBe('Q4 2027');
    expect(quarterOf('soon')).toBeNull();
    expect(timelineLabel('2027-01-10', '2027-05-31')).toBe('Q1 2027 – Q2 2027 (2027-01-10 to 2027-05-31)');
    expect(timelineLabel(null, null)).toBe('');
  });

  it('sums budget and staff by outcome and by the year activities are due', () => {
    const draft: TPlanDraft = {
      orphans: [],
      outcomes: [
        {
          id: 'o1',
          number: '1',
          title: '',
          objectives: [
            {
              id: 'j1',
              number: '1.1',
              title: '',
              activities: [
                activity('a', { budget: 100, staff: 2, due: '2027-03-01' }),
                activity('b', { budget: 50, start: '2028-01-01' }),
              ],
            },
          ],
        },
        {
          id: 'o2',
          number: '2',
          title: '',
          objectives: [
            {
              id: 'j2',
              number: '2.1',
              title: '',
              activities: [activity('c', { staff: 1.5, due: '2027-09-01' }), activity('d', {})],
            },
          ],
        },
      ],
    };
    const totals = resourceTotals(draft);
    expect(totals.byOutcome.map((t) => [t.label, t.budget, t.staff, t.activities])).toEqual([
      ['Outcome 1', 150, 2, 2],
      ['Outcome 2', 0, 1.5, 2],
    ]);
    expect(totals.byYear.map((t) => [t.label, t.budget, t.staff])).toEqual([
      ['2027', 100, 3.5],
      ['2028', 50, 0],
      ['No timeline yet', 0, 0],
    ]);
  });
});
