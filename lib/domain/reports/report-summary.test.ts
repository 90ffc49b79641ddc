import { describe, expect, it } from 'vitest';
import { HEAT_MAP_COLUMNS, evaluationHeatMap, listInWords, unansweredQuestions } from './report-summary';

const GUIDE = [
  { id: 'leadership-commitment', label: '1. Leadership and Commitment' },
  { id: 'regulatory-framework', label: '2. Regulatory Framework' },
  { id: 'transparency', label: '3. Transparency' },
];

describe('the evaluation heat map', () => {
  it('counts each area’s questions per evaluation, then those not evaluated, in the guide’s order', () => {
    const rows = evaluationHeatMap(GUIDE, [
      { id: 'transparency', statuses: ['in-place', 'in-place', 'action-required', null] },
      { id: 'leadership-commitment', statuses: ['needs-improvement', 'not-applicable'] },
    ]);
    expect(HEAT_MAP_COLUMNS).toEqual(['in-place', 'needs-improvement', 'action-required', 'not-applicable', null]);
    expect(rows).toEqual([
      { areaId: 'leadership-commitment', label: '1. Leadership and Commitment', counts: [0, 1, 0, 1, 0], total: 2 },
      { areaId: 'regulatory-framework', label: '2. Regulatory Framework', counts: null, total: 0 },
      { areaId: 'transparency', label: '3. Transparency', counts: [2, 0, 1, 0, 1], total: 4 },
    ]);
  });
});

describe('the unanswered questions of an area', () => {
  it('keeps those without an answer in order, with their evaluation, and how many the area has', () => {
    const summary = unansweredQuestions([
      { label: '1', status: 'in-place', answered: true },
      { label: '2', status: null, answered: false },
      { label: 'A1', status: 'action-required', answered: false },
    ]);
    expect(summary).toEqual({
      missing: [
        { label: '2', status: null, answered: false },
        { label: 'A1', status: 'action-required', answered: false },
      ],
      of: 3,
    });
  });

  it('lists labels as a sentence does', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['4'])).toBe('4');
    expect(listInWords(['4', '7'])).toBe('4 and 7');
    expect(listInWords(['4', '7', '12'])).toBe('4, 7 and 12');
  });
});
