import { describe, expect, it } from 'vitest';
import { annex9Rows, quarterDates } from './annex9-table';
import type { TPlanActivity, TPlanDraft } from './plan-tree';

const activity = (id: string, number: string): TPlanActivity => ({
  id,
  number,
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
});

describe('the Annex 9 table', () => {
  it('puts each outcome, then each objective, then its activities, in plan order', () => {
    const draft: TPlanDraft = {
      outcomes: [
        {
          id: 'o1',
          number: '1',
          title: 'Managers remedy weaknesses',
          objectives: [
            {
              id: 'j1',
              number: '1.1',
              title: 'Training',
              activities: [activity('a1', '1.1.1'), activity('a2', '1.1.2')],
            },
            { id: 'j2', number: '1.2', title: 'Reporting', activities: [] },
          ],
        },
        { id: 'o2', number: '2', title: 'Second', objectives: [] },
      ],
      orphans: [{ id: 'lost', kind: 'activity', title: 'Lost' }],
    };
    const rows = annex9Rows(draft);
    expect(rows.map((r) => `${r.kind}:${r.id}`)).toEqual([
      'outcome:o1',
      'objective:j1',
      'activity:a1',
      'activity:a2',
      'objective:j2',
      'outcome:o2',
    ]);
    expect(rows[1]).toMatchObject({ kind: 'objective', number: '1.1', title: 'Training', outcomeId: 'o1' });
    expect(rows[3]).toMatchObject({ kind: 'activity', objectiveId: 'j1', activity: { number: '1.1.2' } });
  });

  it('is empty for an empty plan', () => {
    expect(annex9Rows({ outcomes: [], orphans: [] })).toEqual([]);
  });

  it('reads a timeline written as a quarter as its first and last day', () => {
    expect(quarterDates('Q1 2022')).toEqual({ start: '2022-01-01', due: '2022-03-31' });
    expect(quarterDates(' Q4 2021 ')).toEqual({ start: '2021-10-01', due: '2021-12-31' });
    expect(quarterDates('Q2 2024')).toEqual({ start: '2024-04-01', due: '2024-06-30' });
    expect(quarterDates('Q5 2022')).toBeNull();
    expect(quarterDates('early 2022')).toBeNull();
  });
});
